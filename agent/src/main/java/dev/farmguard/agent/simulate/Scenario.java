package dev.farmguard.agent.simulate;

import java.util.Locale;

/**
 * The kinds of device the simulator writes. The name is the {@code scenario} column of labels.csv;
 * farm scenarios are labelled {@code farm}, the rest {@code benign}.
 */
enum Scenario {
  ORDINARY_REMOTE(false, 1, 1, 40, "works from home on its own router"),
  COMMUTER(false, 1, 1, 16, "hybrid: home plus office days on the company network"),
  TRAVELER(false, 1, 1, 6, "a trip to another city or country at plausible speed, hotel networks"),
  PRIVACY_VPN(false, 1, 1, 5, "personal VPN for privacy, exits in hosting ASNs, sometimes abroad"),
  IT_SUPPORT(false, 1, 1, 4, "inbound sessions from IT over the company's sanctioned RMM"),
  HOUSEMATES(false, 2, 4, 6, "2-4 employees sharing one home router, public IP and BSSID"),
  PI_DEVELOPER(false, 1, 1, 2, "Raspberry Pi USB gadget 1d6b:0104 with hobby strings"),
  TOSHIBA_PANEL(false, 1, 1, 2, "Toshiba (TSB) internal panel, sometimes a Toshiba TV reporting 0x0 cm"),
  LANIX_MONITOR(false, 1, 1, 2, "Lanix (LNX) external monitor"),
  LATE_WORKER(false, 1, 1, 4, "works late into the night local time"),
  DOCKED_CLAMSHELL(false, 1, 1, 5, "lid closed on a dock: external monitor, AC, USB keyboard and mouse"),
  FARM_RMM(true, 2, 90, 3, "facilitator's home, driven through remote-desktop tools by far-away operators"),
  FARM_KVM(true, 2, 90, 2, "facilitator's home, driven through IP-KVMs with default identities"),
  FARM_KVM_RENAMED(true, 2, 90, 1, "IP-KVMs with renamed USB/EDID identities (composite and 0x0 cm tells remain)"),
  FARM_MIXED(true, 2, 90, 2, "facilitator's home, some laptops on IP-KVMs and some on remote-desktop tools");

  private final boolean farm;
  private final int minGroup;
  private final int maxGroup;
  private final double defaultWeight;
  private final String description;

  Scenario(boolean farm, int minGroup, int maxGroup, double defaultWeight, String description) {
    this.farm = farm;
    this.minGroup = minGroup;
    this.maxGroup = maxGroup;
    this.defaultWeight = defaultWeight;
    this.description = description;
  }

  /** Name used on the command line and in labels.csv, e.g. "farm-kvm-renamed". */
  String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  boolean isFarm() {
    return farm;
  }

  String label() {
    return farm ? "farm" : "benign";
  }

  int minGroup() {
    return minGroup;
  }

  int maxGroup() {
    return maxGroup;
  }

  double defaultWeight() {
    return defaultWeight;
  }

  String description() {
    return description;
  }

  boolean isKvmFarm() {
    return this == FARM_KVM || this == FARM_KVM_RENAMED || this == FARM_MIXED;
  }

  static Scenario fromCliName(String name) {
    for (Scenario s : values()) {
      if (s.cliName().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
