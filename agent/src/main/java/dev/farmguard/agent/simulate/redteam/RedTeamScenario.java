package dev.farmguard.agent.simulate.redteam;

/**
 * The red-team fleet's scenarios: farms written from public reporting, and the ordinary laptops that share one
 * trait with a farm. The table with sources and everyday reasons is docs/redteam.md; {@link FarmDesigns} and
 * {@link BenignDesigns} build each one.
 *
 * @param weight   share of the fleet's laptops
 * @param minGroup laptops that share one place or event, at least
 * @param maxGroup at most (farm residences grow with the fleet, see {@link FleetPlan})
 */
enum RedTeamScenario {
  // farms (label "farm")
  FARM_RESIDENCE_RMM(true, 40, 10, 90, "facilitator residence, 10-90 laptops of several employers, AnyDesk/TeamViewer/"
      + "RustDesk unattended, always on (DOJ Chapman; Knoot)"),
  FARM_SMALL_RMM(true, 20, 2, 4, "small farm of 2-4 laptops in an apartment driven over a remote-desktop tool"),
  FARM_SINGLE_RMM(true, 8, 1, 1, "one laptop at a facilitator's home, AnyDesk/RustDesk from abroad"),
  FARM_IP_KVM(true, 22, 3, 12, "IP-KVM per laptop (PiKVM, TinyPilot, JetKVM, NanoKVM) with default identities, lid "
      + "closed (DOJ June 2025; ATT&CK T1219.003)"),
  FARM_IP_KVM_RENAMED(true, 12, 2, 6, "IP-KVMs with renamed USB strings and a copied monitor EDID"),
  FARM_ASTRILL_ROUTER(true, 14, 3, 8, "every laptop on Astrill, so public IPs differ, one router (Mandiant 2025)"),
  FARM_SHIPPED_ABROAD(true, 12, 1, 3, "laptops shipped to Dandong/Shenyang/Vladivostok and used there directly "
      + "(Chapman: 49 shipped abroad)"),
  FARM_CRD_SCRIPTED(true, 10, 2, 5, "Chrome Remote Desktop installed unattended by script, Astrill on some "
      + "(honeypot report Dec 2025)"),
  FARM_HW_JIGGLER(true, 8, 2, 4, "farm laptops with a hardware mouse jiggler besides the remote tool"),

  // benign look-alikes (label "benign")
  ORDINARY_HOME(false, 50, 1, 1, "ordinary remote employee at home"),
  DOCKED_NEVER_SLEEPS(false, 20, 1, 1, "docked, lid closed, AC, external monitor and keyboard, never sleeps"),
  OFFSITE_HOTEL(false, 24, 12, 30, "company offsite in a conference hotel for 2-4 days, homes elsewhere"),
  COWORKING(false, 14, 4, 8, "coworking space on weekdays, home in the evening"),
  CGNAT_MOBILE(false, 16, 1, 1, "T-Mobile/Verizon fixed wireless or hotspot: carrier-grade NAT shared with strangers"),
  CORPORATE_VPN(false, 18, 1, 1, "corporate full-tunnel VPN: public IP is the company's concentrator in a cloud"),
  NIGHT_SHIFT(false, 12, 1, 1, "night-shift worker (support, operations)"),
  SHARED_HOME_VISITOR(false, 12, 3, 3, "two employees at one home plus a colleague visiting for a few days"),
  TWO_LAPTOPS(false, 10, 2, 2, "one employee with two company laptops"),
  REMOTE_GAMER(false, 10, 1, 1, "Parsec from the employee's own gaming PC into the laptop, evenings"),
  DUAL_SCREEN_INTERNAL(false, 10, 1, 1, "dual-screen laptop whose second internal panel shows a capture-bridge EDID"),
  POPULAR_MONITOR(false, 18, 1, 1, "one popular monitor model (same EDID, serial 0/1) in many homes"),
  TV_PROJECTOR(false, 12, 1, 1, "TV or projector reporting 0x0 cm as external display"),
  PRIVACY_VPN(false, 16, 1, 1, "personal privacy VPN whose exits geolocate to nearby cities"),
  BUSINESS_TRIP(false, 14, 1, 1, "business trip of 2-4 days, domestic or abroad"),
  HIGH_RISK_TRIP(false, 8, 1, 1, "short business trip to China"),
  HOLIDAY_ABROAD(false, 12, 1, 1, "holiday abroad for a week, a little work from there"),
  KOREAN_SPEAKER(false, 12, 1, 1, "Korean-American employee with Korean locale and IME at home in the US"),
  IT_SUPPORT(false, 14, 1, 1, "IT support sessions over the sanctioned TeamViewer"),
  PI_DEVELOPER(false, 8, 1, 1, "developer with a Raspberry Pi USB gadget on the desk"),
  CLICKER_TABLET(false, 10, 1, 1, "presentation clicker or drawing tablet (absolute pointer)");

  private final boolean farm;
  private final double weight;
  private final int minGroup;
  private final int maxGroup;
  private final String description;

  RedTeamScenario(boolean farm, double weight, int minGroup, int maxGroup, String description) {
    this.farm = farm;
    this.weight = weight;
    this.minGroup = minGroup;
    this.maxGroup = maxGroup;
    this.description = description;
  }

  boolean isFarm() {
    return farm;
  }

  String label() {
    return farm ? "farm" : "benign";
  }

  String cliName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  double weight() {
    return weight;
  }

  int minGroup() {
    return minGroup;
  }

  int maxGroup() {
    return maxGroup;
  }

  String description() {
    return description;
  }
}
