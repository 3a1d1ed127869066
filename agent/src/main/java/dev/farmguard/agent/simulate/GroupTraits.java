package dev.farmguard.agent.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the devices of one group share: the home (household or facilitator's address), the
 * employer when it is the same for all, and for farms the operators and how they work.
 * Recomputed from (seed, group) whenever needed.
 *
 * @param home city of the shared home
 * @param employer employer of the group's devices, or -1 when each device has its own
 * @param officeIndex for commuters, the office they go to; else -1
 * @param astrill 0 = no Astrill, 1 = on every laptop, 2 = on some laptops
 * @param leak far-away locale the operators may leak, or null
 * @param leakShare share of laptops whose settings leak it
 * @param operatorPlace where the operators sit
 * @param operatorZone zone that sets the operators' working hours (their own, or the claimed US zone)
 * @param operatorStartHour start of the operators' day, local to operatorZone
 * @param operatorHours length of the operators' day
 * @param peerIds the operators' remote-desktop ids, shared across the farm's laptops
 * @param kvmModel KVM model for KVM farms (one model per farm), or null
 * @param renamedVariant disguise for renamed KVMs
 * @param keepScsiVendor renamed KVMs that kept the virtual drive's SCSI vendor
 * @param persistentSessions remote sessions stay connected for days
 * @param tools remote-desktop tools the facilitator installs (catalog ids)
 * @param wired laptops plug into the facilitator's switch instead of Wi-Fi
 */
record GroupTraits(Place home, int employer, int officeIndex, int astrill, LocaleProfile leak, double leakShare,
    Place operatorPlace, String operatorZone, int operatorStartHour, int operatorHours, List<String> peerIds,
    String kvmModel, int renamedVariant, boolean keepScsiVendor, boolean persistentSessions, List<String> tools,
    boolean wired) {

  private static final String[] RMM_TOOLS = {"anydesk", "teamviewer", "rustdesk", "chrome-remote-desktop"};

  static GroupTraits of(long seed, int group, Scenario scenario, List<Employers.Employer> employers) {
    Rng rng = Rng.of(seed, Rng.Salt.GROUP, group);
    int employer = rng.nextInt(employers.size());
    if (scenario == Scenario.COMMUTER) {
      Employers.Employer e = employers.get(employer);
      Employers.Office office = e.offices().get(rng.nextInt(e.offices().size()));
      return benign(office.place(), employer, office.index());
    }
    Place home = homeCity(rng, scenario.isFarm());
    if (!scenario.isFarm()) {
      return benign(home, scenario == Scenario.HOUSEMATES && rng.chance(0.5) ? -1 : employer, -1);
    }
    boolean oneEmployer = rng.chance(0.5);
    int astrill = rng.weighted(0.3, 0.5, 0.2);
    LocaleProfile leak = rng.chance(0.45) ? rng.pick(LocaleProfile.FAR_AWAY) : null;
    double leakShare = leak == null ? 0 : 0.3 + 0.7 * rng.nextDouble();
    Place operatorPlace = leak == LocaleProfile.RUSSIAN ? Places.byName("Vladivostok") : rng.pick(Places.OPERATORS);
    boolean farHours = rng.chance(0.6);
    String operatorZone = farHours ? operatorPlace.zone() : home.zone();
    int operators = rng.between(1, 3);
    List<String> peerIds = new ArrayList<>();
    for (int i = 0; i < operators; i++) {
      peerIds.add(rng.digits(rng.chance(0.5) ? 9 : 10));
    }
    List<String> tools = new ArrayList<>();
    tools.add(rng.pick(RMM_TOOLS));
    while (rng.chance(0.35) && tools.size() < 3) {
      String t = rng.pick(RMM_TOOLS);
      if (!tools.contains(t)) {
        tools.add(t);
      }
    }
    return new GroupTraits(home, oneEmployer ? employer : -1, -1, astrill, leak, leakShare, operatorPlace,
        operatorZone, rng.between(8, 10), rng.between(9, 13), List.copyOf(peerIds),
        rng.pick(KvmDevices.DEFAULT_MODELS), rng.nextInt(3), rng.chance(0.5), rng.chance(0.5), List.copyOf(tools),
        rng.chance(0.4));
  }

  private static GroupTraits benign(Place home, int employer, int officeIndex) {
    return new GroupTraits(home, employer, officeIndex, 0, null, 0, null, null, 0, 0, List.of(), null, 0, false,
        false, List.of(), false);
  }

  /** Homes follow rough population; facilitators favour suburbs such as Litchfield Park. */
  private static Place homeCity(Rng rng, boolean farm) {
    if (farm && rng.chance(0.15)) {
      return Places.byName("Litchfield Park");
    }
    // the first 14 are large East-coast/Midwest metros: weight them double
    int i = rng.nextInt(Places.US_HOMES.size() + 14);
    return Places.US_HOMES.get(i < Places.US_HOMES.size() ? i : i - Places.US_HOMES.size());
  }
}
