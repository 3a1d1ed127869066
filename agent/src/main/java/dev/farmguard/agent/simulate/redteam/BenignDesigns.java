package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.simulate.Place;
import dev.farmguard.agent.simulate.Rng;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the benign look-alikes: ordinary employees who share one trait with a farm, each for an everyday
 * reason (docs/redteam.md). One call builds one household, event or person.
 */
final class BenignDesigns {

  private final World world;
  private final int days;
  private final List<Site> carrierPools = new ArrayList<>();
  private final List<Site> corporateVpn = new ArrayList<>();

  BenignDesigns(World world, int days) {
    this.world = world;
    this.days = days;
    for (Place hub : new Place[] {Cities.LOS_ANGELES, Cities.DALLAS, Cities.ATLANTA, Cities.CHICAGO}) {
      Isp carrier = hub == Cities.DALLAS || hub == Cities.ATLANTA ? Isp.TMOBILE : Isp.VERIZON_WIRELESS;
      carrierPools.add(world.site("cgnat", hub, carrier, 6, false));
    }
    corporateVpn.add(world.site("corporate-vpn", Cities.ASHBURN, Isp.AMAZON, 2, true));
    corporateVpn.add(world.site("corporate-vpn", Cities.SAN_JOSE, Isp.MICROSOFT, 2, true));
  }

  void build(RedTeamScenario scenario, int group, int size) {
    Rng r = world.rng(40, group);
    switch (scenario) {
      case OFFSITE_HOTEL -> event(scenario, group, size, r, "hotel", false);
      case COWORKING -> event(scenario, group, size, r, "coworking", true);
      case SHARED_HOME_VISITOR -> sharedHome(group, r);
      case TWO_LAPTOPS -> {
        Laptop a = world.laptop(scenario, group, null);
        Laptop b = world.laptop(scenario, group, r.chance(0.5) ? Platform.LINUX : Platform.WINDOWS);
        b.person = a.person;
        b.home = a.home;
        b.routine = a.routine;
        b.timeZone = a.timeZone;
      }
      default -> single(world.laptop(scenario, group, forcedOs(scenario)), r);
    }
  }

  private static Platform forcedOs(RedTeamScenario s) {
    return switch (s) {
      case REMOTE_GAMER -> Platform.WINDOWS;
      case DUAL_SCREEN_INTERNAL -> Platform.WINDOWS;
      default -> null;
    };
  }

  private void single(Laptop l, Rng r) {
    switch (l.scenario) {
      case DOCKED_NEVER_SLEEPS -> {
        l.docked = true;
        l.lidClosed = true;
        l.routine = new Routine(l.routine.zone(), l.routine.start(), l.routine.hours(), true, false);
        l.deskUsb.clear();
        for (UsbSpec d : Peripherals.dock(r)) {
          l.deskUsb.add(d);
        }
        l.deskUsb.add(r.chance(0.5) ? Peripherals.wiredKeyboard() : Peripherals.unifyingReceiver());
        l.deskUsb.add(Peripherals.opticalMouse());
        l.deskMonitors.clear();
        l.deskMonitors.add(Monitors.office(r));
        if (r.chance(0.4)) {
          l.deskMonitors.add(Monitors.office(r));
        }
        l.home = new Site(l.home.kind(), l.home.place(), l.home.isp(), l.home.publicIps(), l.home.gatewayIp(),
            l.home.gatewayMac(), l.home.ssid(), l.home.bssid(), l.home.lanPrefix(), true);
      }
      case CGNAT_MOBILE -> {
        Site pool = nearestPool(l.home.place());
        l.home = new Site("cgnat", pool.place(), pool.isp(), pool.publicIps(), "192.168.12.1",
            world.site("residential", l.home.place(), pool.isp(), 0, false).gatewayMac(), "T-Mobile Home " + r.hex(4),
            Rng.uniqueMac("d4:6e:0e", world.seed, 9, l.index), "192.168.12.", false);
      }
      case CORPORATE_VPN -> vpn(l, Laptop.Vpn.CORPORATE, 1.0, List.of(r.pick(corporateVpn)));
      case NIGHT_SHIFT -> l.routine = new Routine(l.routine.zone(), 21 + r.nextInt(2), 9, false, r.chance(0.3));
      case REMOTE_GAMER -> {
        l.remoteTools.add("parsec");
        l.sessions = Laptop.Sessions.OWN_PC;
        l.peerIds = new String[] {"own-pc"};
        l.peerIps = new String[] {l.home.lanPrefix() + "50"};
      }
      case DUAL_SCREEN_INTERNAL -> l.secondPanel = Monitors.dualScreenSecondPanel();
      case POPULAR_MONITOR -> desk(l, Monitors.popular(r));
      case TV_PROJECTOR -> desk(l, Monitors.tv(r));
      case PRIVACY_VPN -> {
        List<Site> exits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          exits.add(world.site("vpn-exit", world.usCity(r), r.pick(Isp.VPN_HOSTING), 2, true));
        }
        vpn(l, Laptop.Vpn.PRIVACY, 0.5 + 0.4 * r.nextDouble(), exits);
      }
      case BUSINESS_TRIP -> {
        Place to = r.chance(0.7) ? world.usCity(r) : r.pick(new Place[] {Cities.LONDON, Cities.TOKYO,
            Cities.TORONTO, Cities.FRANKFURT});
        Isp isp = switch (to.country()) {
          case "GB" -> Isp.BT;
          case "JP" -> Isp.NTT;
          case "CA" -> Isp.ROGERS;
          case "DE" -> Isp.COGENT;
          default -> r.pick(new Isp[] {Isp.LUMEN, Isp.ZAYO, Isp.COGENT});
        };
        trip(l, r, world.site("hotel", to, isp, 2, false), 2 + r.nextInt(3), r.chance(0.7));
      }
      case HIGH_RISK_TRIP -> {
        Place to = r.pick(new Place[] {Cities.SHANGHAI, Cities.BEIJING, Cities.SHENYANG});
        trip(l, r, world.site("hotel", to, to == Cities.BEIJING ? Isp.CHINA_TELECOM : Isp.CHINA_UNICOM, 2, false),
            2 + r.nextInt(2), r.chance(0.8));
        if (r.chance(0.5)) {
          vpn(l, Laptop.Vpn.CORPORATE, 1.0, List.of(corporateVpn.get(0)));
        }
      }
      case HOLIDAY_ABROAD -> {
        Place to = r.pick(new Place[] {Cities.CANCUN, Cities.MEXICO_CITY, Cities.MADRID, Cities.SEOUL, Cities.LONDON});
        Isp isp = switch (to.country()) {
          case "MX" -> Isp.TELMEX;
          case "ES" -> Isp.TELEFONICA;
          case "KR" -> Isp.KT;
          default -> Isp.BT;
        };
        int length = Math.min(7, Math.max(3, days - 1));
        trip(l, r, world.site("residential", to, isp, 1, false), length, r.chance(0.8));
        if (to == Cities.SEOUL) {
          World.speaks(l, "ko");
        }
      }
      case KOREAN_SPEAKER -> {
        World.speaks(l, "ko");
        if (r.chance(0.5)) {
          l.locale = "ko-KR";
        }
      }
      case IT_SUPPORT -> {
        l.companyTeamViewer = true;
        l.remoteTools.add("teamviewer");
        l.sessions = Laptop.Sessions.IT_HELPDESK;
        l.peerIds = world.itPeerIds;
        l.peerIps = world.itOffice.publicIps();
      }
      case PI_DEVELOPER -> l.deskUsb.add(Peripherals.piGadget(r));
      case CLICKER_TABLET -> l.carriedUsb.add(r.chance(0.5) ? Peripherals.clicker(r) : Peripherals.drawingTablet(r));
      default -> { }
    }
  }

  /** Many employees, each from their own home, on one hotel or coworking network. */
  private void event(RedTeamScenario scenario, int group, int size, Rng r, String kind, boolean dayHours) {
    Place where = r.pick(new Place[] {Cities.LAS_VEGAS, Cities.ORLANDO, Cities.SAN_DIEGO, Cities.AUSTIN,
        Cities.DENVER, Cities.BOSTON});
    Site site = world.site(kind, where, r.pick(new Isp[] {Isp.LUMEN, Isp.ZAYO, Isp.COGENT}), dayHours ? 1 : 4,
        false);
    int length = 2 + r.nextInt(3);
    int from = dayHours ? 0 : Math.max(0, Math.min(days - length, 1 + r.nextInt(Math.max(1, days - length))));
    for (int i = 0; i < size; i++) {
      Laptop l = world.laptop(scenario, group, null);
      if (dayHours) {
        Place home = where; // coworking members live in the city
        l.person = world.person(home, world.rng(42, l.index));
        l.home = world.home(home, world.rng(43, l.index));
        l.routine = new Routine(ZoneId.of(home.zone()), l.routine.start(), l.routine.hours(), false, false);
        l.timeZone = home.zone();
        l.stays.add(new Stay(0, days, site, true, false));
      } else {
        l.stays.add(new Stay(from, from + length - 1, site, false, true));
      }
    }
  }

  private void sharedHome(int group, Rng r) {
    Laptop a = world.laptop(RedTeamScenario.SHARED_HOME_VISITOR, group, null);
    Laptop b = world.laptop(RedTeamScenario.SHARED_HOME_VISITOR, group, null);
    b.home = a.home;
    b.person = world.person(a.home.place(), r);
    b.routine = new Routine(a.routine.zone(), b.routine.start(), 9, false, false);
    b.timeZone = a.timeZone;
    Laptop visitor = world.laptop(RedTeamScenario.SHARED_HOME_VISITOR, group, null);
    int from = Math.min(1, days - 1);
    visitor.stays.add(new Stay(from, Math.min(days - 1, from + 2), a.home, false, true));
  }

  private void trip(Laptop l, Rng r, Site site, int length, boolean zoneMoves) {
    int from = days <= length ? 0 : 1 + r.nextInt(Math.max(1, days - length - 1));
    l.stays.add(new Stay(from, from + length - 1, site, false, zoneMoves));
  }

  private static void desk(Laptop l, Monitors.Monitor m) {
    l.docked = true;
    l.deskMonitors.clear();
    l.deskMonitors.add(m);
  }

  private static void vpn(Laptop l, Laptop.Vpn kind, double up, List<Site> exits) {
    l.vpn = kind;
    l.vpnUp = up;
    l.vpnExits.clear();
    l.vpnExits.addAll(exits);
  }

  private Site nearestPool(Place home) {
    Site best = carrierPools.get(0);
    for (Site s : carrierPools) {
      if (s.place().distanceKm(home) < best.place().distanceKm(home)) {
        best = s;
      }
    }
    return best;
  }
}
