package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.simulate.Place;
import dev.farmguard.agent.simulate.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The shared pieces every design draws from: the address plan, sites (homes, hotels, carrier NAT pools, VPN
 * exits), people and a laptop's ordinary starting state. Holds the fleet's laptops in creation order.
 */
final class World {

  private static final String[] FIRST = {"James", "Maria", "Robert", "Linda", "Michael", "Sarah", "David", "Emily",
      "Daniel", "Jessica", "Kevin", "Ashley", "Brian", "Megan", "Jason", "Laura", "Eric", "Rachel", "Steven", "Nicole",
      "Tyler", "Hannah", "Jose", "Grace", "Andrew", "Olivia", "Min", "Wei", "Priya", "Carlos"};
  private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
      "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Clark",
      "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Kim", "Park"};
  private static final String[] ROUTER_OUIS = {"a0:63:91", "b0:be:76", "3c:37:86", "c8:9e:43", "74:da:88", "f8:bb:bf"};

  final long seed;
  final AddressPlan addresses = new AddressPlan();
  final List<Laptop> laptops = new ArrayList<>();
  final Site itOffice;
  final String[] itPeerIds;
  final String relayIp;
  private int sites;
  private int people;

  World(long seed) {
    this.seed = seed;
    this.itOffice = site("office", Cities.CHICAGO, Isp.ZAYO, 1, true);
    Rng r = Rng.of(seed, 1);
    this.itPeerIds = new String[] {r.digits(10), r.digits(10), r.digits(10)};
    this.relayIp = addresses.address(Isp.LEASEWEB_US, Cities.ASHBURN);
  }

  Rng rng(long... keys) {
    long[] k = new long[keys.length + 1];
    k[0] = 2;
    System.arraycopy(keys, 0, k, 1, keys.length);
    return Rng.of(seed, k);
  }

  /** A network at {@code place}: {@code addresses} public addresses behind one router and one access point. */
  Site site(String kind, Place place, Isp isp, int addressCount, boolean wired) {
    int id = ++sites;
    String[] ips = new String[addressCount];
    for (int i = 0; i < addressCount; i++) {
      ips[i] = addresses.address(isp, place);
    }
    Rng r = rng(10, id);
    String[] lan = {"192.168.1.", "192.168.0.", "10.0.0.", "192.168.86.", "192.168.12."};
    String prefix = isp.kind() == Isp.Kind.MOBILE ? "192.168.12." : r.pick(lan);
    String oui = r.pick(ROUTER_OUIS);
    String ssid = switch (kind) {
      case "hotel" -> r.pick(new String[] {"Marriott_CONFERENCE", "Hilton Honors Meeting", "Hyatt_Meeting"});
      case "coworking" -> "WeWork";
      case "office" -> "CORP-WIFI";
      default -> r.pick(new String[] {"NETGEAR", "xfinitywifi_home", "Spectrum", "ATT", "MySpectrumWiFi", "TP-Link_"})
          + r.hex(2);
    };
    return new Site(kind, place, isp, ips, prefix + "1", Rng.uniqueMac(oui, seed, 3, id),
        ssid, Rng.uniqueMac(oui, seed, 4, id), prefix, wired);
  }

  Site home(Place place, Rng r) {
    return site("residential", place, r.pick(Isp.US_RESIDENTIAL), 1, false);
  }

  /** A US city (optionally a specific one) where someone lives. */
  Place usCity(Rng r) {
    return r.pick(Cities.US_HOMES);
  }

  Person person(Place roster, Rng r) {
    int id = ++people;
    String first = r.pick(FIRST);
    String last = r.pick(LAST);
    return new Person(String.format("E%05d", 10000 + id), first, last,
        (first.charAt(0) + last).toLowerCase(java.util.Locale.ROOT) + id, roster);
  }

  /** A laptop with an ordinary employee's setup at home; designs change what makes their scenario. */
  Laptop laptop(RedTeamScenario scenario, int group, Platform forcedOs) {
    int index = laptops.size();
    Rng r = rng(20, index);
    Platform os = forcedOs != null ? forcedOs : switch (r.weighted(55, 30, 15)) {
      case 0 -> Platform.WINDOWS;
      case 1 -> Platform.MACOS;
      default -> Platform.LINUX;
    };
    Place homePlace = usCity(r);
    Person person = person(homePlace, r);
    Laptop l = new Laptop(index, new UUID(r.nextLong(), r.nextLong()).toString(), scenario, group, os,
        Hardware.of(os, r, person.login()));
    l.person = person;
    l.home = home(homePlace, r);
    l.routine = new Routine(java.time.ZoneId.of(homePlace.zone()), 8 + r.nextInt(2), 9, false, false);
    l.timeZone = homePlace.zone();
    l.panel = Monitors.panel(r);
    l.keyboardLayouts.addAll(OsTraits.layouts(os, "en"));
    if (r.chance(0.5)) {
      l.deskUsb.add(r.chance(0.5) ? Peripherals.unifyingReceiver() : Peripherals.boltReceiver());
    }
    if (r.chance(0.3)) {
      l.deskUsb.add(Peripherals.headset(r));
    }
    if (r.chance(0.45)) {
      l.docked = true;
      l.deskMonitors.add(Monitors.office(r));
    }
    l.companyTeamViewer = os == Platform.WINDOWS && r.chance(0.4);
    laptops.add(l);
    return l;
  }

  /** Gives a laptop a language's keyboard layouts and input methods on its OS. */
  static void speaks(Laptop l, String language) {
    l.keyboardLayouts.clear();
    l.keyboardLayouts.addAll(OsTraits.layouts(l.os, language));
    l.inputMethods.clear();
    l.inputMethods.addAll(OsTraits.inputMethods(l.os, language));
  }
}
