package dev.farmguard.agent.simulate;

import dev.farmguard.proto.v1.OsFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Rebuilds a device's {@link DeviceProfile} from the seed, the plan and the device index. */
final class ProfileFactory {

  private static final String[] FIRST = {"Maria", "James", "Wei", "Aisha", "Carlos", "Emily", "Daniel", "Priya", "Michael",
      "Sofia", "David", "Olivia", "Jamal", "Hannah", "Luis", "Grace", "Ethan", "Chloe", "Kevin", "Fatima", "Ryan",
      "Isabella", "Jason", "Mei", "Andrew", "Nora", "Tyler", "Ava", "Brandon", "Leila", "Jordan", "Zoe", "Marcus",
      "Elena", "Samuel", "Naomi", "Victor", "Lucy", "Omar", "Rachel"};
  private static final String[] LAST = {"Garcia", "Smith", "Chen", "Johnson", "Martinez", "Brown", "Nguyen", "Patel",
      "Williams", "Lopez", "Kim", "Davis", "Rodriguez", "Miller", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
      "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
      "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Hill", "Green"};
  private static final String[] PRIVACY_VPNS = {"nordvpn", "protonvpn", "mullvad", "expressvpn"};

  private final SimulationConfig config;
  private final FleetPlan plan;
  private final List<Employers.Employer> employers;
  private final long employeeMultiplier;

  ProfileFactory(SimulationConfig config, FleetPlan plan, List<Employers.Employer> employers) {
    this.config = config;
    this.plan = plan;
    this.employers = employers;
    long m = 1_000_003;
    while (plan.devices() % m == 0 || gcd(m, plan.devices()) != 1) {
      m += 2;
    }
    this.employeeMultiplier = m;
  }

  DeviceProfile profile(int device) {
    long seed = config.seed();
    int g = plan.groupOf(device);
    Scenario scenario = plan.scenario(g);
    GroupTraits traits = GroupTraits.of(seed, g, scenario, employers);
    Rng r = Rng.of(seed, Rng.Salt.DEVICE, device);
    UUID uuid = new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | Long.MIN_VALUE);
    Employers.Employer employer = employers.get(traits.employer() >= 0 ? traits.employer() : r.nextInt(employers.size()));
    DeviceProfile.Person person = person(r, device, employer, scenario, traits);
    DeviceProfile.Machine machine = machine(r, device, scenario, employer, person);
    DeviceProfile.FarmSetup farm = scenario.isFarm() ? farm(r, scenario, traits, device - plan.first(g), machine) : null;
    DeviceProfile.Desk desk = desk(r, scenario, machine, farm);
    DeviceProfile.Habits habits = habits(r, scenario, traits, employer, machine);
    Site home = Site.home(seed, g, plan.home(g), plan.householdOrdinal(g));
    return new DeviceProfile(device, uuid.toString(), scenario, g, device - plan.first(g), traits, person, machine,
        desk, habits, farm, home);
  }

  private DeviceProfile.Person person(Rng r, int device, Employers.Employer employer, Scenario scenario,
      GroupTraits traits) {
    String first = r.pick(FIRST);
    String last = r.pick(LAST);
    long number = 1_000_000 + Math.floorMod(device * employeeMultiplier + 7_919, plan.devices());
    // stolen identities of a farm claim homes all over the US; everyone else lives where they are
    Place claimed = scenario.isFarm() ? r.pick(Places.US_HOMES) : traits.home();
    double lat = round4(claimed.latitude() + (r.nextDouble() - 0.5) * 0.08);
    double lon = round4(claimed.longitude() + (r.nextDouble() - 0.5) * 0.08);
    String email = (first + "." + last).toLowerCase(Locale.ROOT) + "." + number + "@" + employer.domain();
    return new DeviceProfile.Person("E" + number, first, last, email, employer, claimed, lat, lon);
  }

  private DeviceProfile.Machine machine(Rng r, int device, Scenario scenario, Employers.Employer employer,
      DeviceProfile.Person person) {
    Laptops.Model model;
    if (scenario == Scenario.TOSHIBA_PANEL) {
      model = r.pick(Laptops.DYNABOOK);
    } else if (scenario == Scenario.PI_DEVELOPER) {
      model = r.chance(0.6) ? r.pick(Laptops.LINUX) : r.pick(Laptops.MACS);
    } else {
      double x = r.nextDouble();
      model = x < employer.macShare() ? r.pick(Laptops.MACS)
          : x < employer.macShare() + employer.linuxShare() ? r.pick(Laptops.LINUX) : r.pick(Laptops.WINDOWS);
    }
    Laptops.OsRelease os = r.pick(Laptops.releasesFor(model.os()));
    DisplayModel panel = model.isMac() ? Displays.APPLE_PANEL
        : model.vendor().startsWith("Dynabook") ? r.pick(Displays.TOSHIBA_PANELS) : r.pick(Displays.PANELS);
    String login = (person.firstName().charAt(0) + person.lastName()).toLowerCase(Locale.ROOT);
    String hostname = switch (model.os()) {
      case OS_FAMILY_MACOS -> person.firstName() + "s-MacBook-Pro";
      case OS_FAMILY_LINUX -> login + "-" + model.model().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "").substring(0, 6);
      default -> employer.hostPrefix() + "-LT-" + r.digits(5);
    };
    String serial = switch (model.vendor()) {
      case "Dell Inc." -> r.alnum(7);
      case "LENOVO" -> "PF" + r.alnum(6);
      case "HP" -> "5CG" + r.alnum(7);
      case "Apple Inc." -> r.alnum(10);
      default -> r.digits(9);
    };
    UUID hw = new UUID(r.nextLong(), r.nextLong());
    boolean farm = scenario.isFarm();
    return new DeviceProfile.Machine(model, os, hostname, model.isMac() ? person.firstName().toLowerCase(Locale.ROOT) : login,
        serial, hw.toString().toUpperCase(Locale.ROOT),
        Rng.uniqueMac(model.isMac() ? "a4:83:e7" : "8c:17:59", config.seed(), Rng.Salt.DEVICE_MACS, device),
        Rng.uniqueMac("00:e0:4c", config.seed(), Rng.Salt.DEVICE_MACS, device),
        panel, panel.edid(r), r.nextLong(), r.chance(0.7), farm ? r.between(5, 80) : r.between(40, 700),
        farm ? r.between(5, 60) * 86_400L : r.between(1, 120) * 3_600L);
  }

  private DeviceProfile.FarmSetup farm(Rng r, Scenario scenario, GroupTraits traits, int slot,
      DeviceProfile.Machine machine) {
    KvmModel kvm = null;
    boolean useKvm = scenario == Scenario.FARM_KVM || scenario == Scenario.FARM_KVM_RENAMED
        || (scenario == Scenario.FARM_MIXED && r.chance(0.5));
    if (useKvm) {
      String model = r.chance(0.2) ? r.pick(KvmDevices.DEFAULT_MODELS) : traits.kvmModel();
      kvm = scenario == Scenario.FARM_KVM_RENAMED
          ? KvmDevices.renamed(model, traits.renamedVariant(), traits.keepScsiVendor())
          : KvmDevices.byDefault(model);
    }
    List<String> tools = kvm == null || r.chance(0.2) ? traits.tools() : List.of();
    boolean astrill = traits.astrill() == 1 || (traits.astrill() == 2 && r.chance(0.5));
    LocaleProfile leak = traits.leak() != null && r.chance(traits.leakShare()) ? traits.leak() : null;
    int leakLevel = leak == null ? 0 : 1 + r.weighted(0.4, 0.3, 0.3);
    boolean windows = machine.model().os() == OsFamily.OS_FAMILY_WINDOWS;
    return new DeviceProfile.FarmSetup(kvm, tools, astrill, r.chance(0.2), leak, leakLevel,
        kvm != null || r.chance(0.7), windows && kvm == null && r.chance(0.25),
        traits.peerIds().get(slot % traits.peerIds().size()), windows && r.chance(0.15));
  }

  private DeviceProfile.Desk desk(Rng r, Scenario scenario, DeviceProfile.Machine machine,
      DeviceProfile.FarmSetup farm) {
    boolean windows = machine.model().os() == OsFamily.OS_FAMILY_WINDOWS;
    DisplayModel monitor = switch (scenario) {
      case DOCKED_CLAMSHELL -> r.pick(Displays.MONITORS);
      case LANIX_MONITOR -> Displays.LANIX;
      case TOSHIBA_PANEL -> r.chance(0.4) ? r.pick(Displays.TVS) : null;
      default -> farm == null && r.chance(0.45) ? r.pick(Displays.MONITORS) : null;
    };
    boolean clamshell = scenario == Scenario.DOCKED_CLAMSHELL || (monitor != null && farm == null && r.chance(0.1));
    LocaleProfile locale = LocaleProfile.US;
    if (farm == null) {
      int l = r.weighted(0.92, 0.06, 0.02);
      locale = l == 1 ? LocaleProfile.US_SPANISH
          : l == 2 ? LocaleProfile.KOREAN.asResident(r.chance(0.5) ? "ko-KR" : "en-US") : LocaleProfile.US;
    }
    String personal = farm != null || !r.chance(0.03) ? null : r.chance(0.7) ? "chrome-remote-desktop" : "anydesk";
    return new DeviceProfile.Desk(monitor, monitor == null ? null : monitor.edid(r),
        r.pick(Displays.OFFICE_MONITORS).edid(r), farm == null && (clamshell || r.chance(0.5)),
        farm == null && r.chance(0.4), farm == null && r.chance(0.15), farm == null && r.chance(0.02),
        monitor != null && !machine.model().isMac() && r.chance(0.7), clamshell,
        scenario == Scenario.PI_DEVELOPER ? r.nextInt(3) : -1,
        farm != null ? farm.jiggler() : windows && r.chance(0.01), locale, personal);
  }

  private DeviceProfile.Habits habits(Rng r, Scenario scenario, GroupTraits traits, Employers.Employer employer,
      DeviceProfile.Machine machine) {
    double start = 7 + 3 * r.nextDouble();
    double end = start + 8 + 2 * r.nextDouble();
    double weekend = 0.15;
    if (scenario == Scenario.LATE_WORKER) {
      start = 9.5 + 2 * r.nextDouble();
      end = 23.5 + 2.5 * r.nextDouble();
      weekend = 0.4;
    }
    int officeDays = 0;
    Employers.Office office = null;
    if (scenario == Scenario.COMMUTER) {
      office = officeByIndex(traits.officeIndex());
      officeDays = r.chance(0.5) ? 0b01110 : r.chance(0.5) ? 0b00110 : 0b01100; // Tue-Thu, Tue-Wed, Wed-Thu
    }
    DeviceProfile.Trip trip = null;
    if (scenario == Scenario.TRAVELER && config.days() >= 4) {
      int startDay = r.between(1, config.days() - 3);
      int length = r.between(2, Math.min(5, config.days() - 1 - startDay));
      Place destination = destination(r, traits.home());
      trip = new DeviceProfile.Trip(startDay, length, destination, r.nextInt(16), machine.model().isMac() || r.chance(0.5));
    }
    String vpn = scenario == Scenario.PRIVACY_VPN || (!scenario.isFarm() && r.chance(0.03)) ? r.pick(PRIVACY_VPNS) : null;
    List<Integer> itDays = new ArrayList<>();
    if (scenario == Scenario.IT_SUPPORT) {
      int sessions = Math.min(config.days(), r.between(1, 2));
      while (itDays.size() < sessions) {
        int d = r.nextInt(config.days());
        if (!itDays.contains(d)) {
          itDays.add(d);
        }
      }
    }
    return new DeviceProfile.Habits(start, end, weekend, officeDays, office, trip, vpn, r.chance(0.2),
        scenario == Scenario.IT_SUPPORT || r.chance(0.6), List.copyOf(itDays), 9.5 + 5 * r.nextDouble());
  }

  private Employers.Office officeByIndex(int index) {
    for (Employers.Employer e : employers) {
      for (Employers.Office o : e.offices()) {
        if (o.index() == index) {
          return o;
        }
      }
    }
    throw new IllegalStateException("no office " + index);
  }

  private static Place destination(Rng r, Place home) {
    if (r.chance(0.3)) {
      return r.pick(Places.ABROAD_TRAVEL);
    }
    Place p;
    do {
      p = r.pick(Places.US_HOMES);
    } while (p.distanceKm(home) < 400);
    return p;
  }

  private static double round4(double v) {
    return Math.round(v * 1e4) / 1e4;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
