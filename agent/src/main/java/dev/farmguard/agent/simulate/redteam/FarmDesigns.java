package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.simulate.Place;
import dev.farmguard.agent.simulate.Rng;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the farm scenarios from what public reporting describes (sources in docs/redteam.md). One call builds
 * one farm: a facilitator's address (or a flat abroad) and its laptops. What each farm does is drawn per farm
 * and per laptop, so no single signal is present on all of them.
 */
final class FarmDesigns {

  private static final String[] OPERATOR_ZONES = {"Asia/Seoul", "Asia/Shanghai"};
  private static final String[] FARM_TOOLS = {"anydesk", "anydesk", "teamviewer", "rustdesk"};

  private final World world;

  FarmDesigns(World world) {
    this.world = world;
  }

  void build(RedTeamScenario scenario, int group, int size) {
    Rng r = world.rng(30, group);
    Place where = scenario == RedTeamScenario.FARM_SHIPPED_ABROAD
        ? r.pick(new Place[] {Cities.DANDONG, Cities.SHENYANG, Cities.SHENYANG, Cities.VLADIVOSTOK, Cities.BEIJING})
        : r.pick(new Place[] {Cities.LITCHFIELD_PARK, Cities.NASHVILLE, Cities.DALLAS, Cities.ATLANTA, Cities.MIAMI,
            Cities.LAS_VEGAS, Cities.COLUMBUS, Cities.PHILADELPHIA, Cities.SAN_DIEGO, Cities.DENVER});
    Isp isp = switch (where.city()) {
      case "Vladivostok" -> Isp.ROSTELECOM;
      case "Beijing" -> Isp.CHINA_TELECOM;
      case "Dandong", "Shenyang" -> Isp.CHINA_UNICOM;
      default -> r.pick(Isp.US_RESIDENTIAL);
    };
    Site site = world.site("residential", where, isp, 1, r.chance(0.4));
    Operators ops = operators(r);
    String farmTool = scenario == RedTeamScenario.FARM_CRD_SCRIPTED ? "chrome-remote-desktop" : r.pick(FARM_TOOLS);
    ZoneId operatorZone = ZoneId.of(r.chance(0.8) ? r.pick(OPERATOR_ZONES) : where.zone());
    double astrillShare = switch (scenario) {
      case FARM_ASTRILL_ROUTER -> 1.0;
      case FARM_SHIPPED_ABROAD -> 0.8;
      case FARM_CRD_SCRIPTED -> 0.4;
      default -> r.pick(new Double[] {0.0, 0.0, 0.3, 0.6});
    };
    List<Site> exits = astrillExits(r);
    Platform forced = scenario == RedTeamScenario.FARM_CRD_SCRIPTED ? Platform.WINDOWS : null;
    for (int i = 0; i < size; i++) {
      Laptop l = world.laptop(scenario, group, forced);
      Rng lr = world.rng(31, l.index);
      l.home = site;
      l.docked = false;
      l.deskMonitors.clear();
      l.deskUsb.clear();
      // the identity is stolen or borrowed: the roster says elsewhere in the US, sometimes the facilitator's city
      if (scenario != RedTeamScenario.FARM_SHIPPED_ABROAD && lr.chance(0.25)) {
        l.person = world.person(where, lr);
      }
      l.timeZone = lr.chance(0.7) ? l.person.rosterPlace().zone() : where.zone();
      l.routine = new Routine(operatorZone, 8 + lr.nextInt(3), 9 + lr.nextInt(3), true, lr.chance(0.3));
      l.lidClosed = lr.chance(0.6);
      if (lr.chance(astrillShare)) {
        l.vpn = Laptop.Vpn.ASTRILL;
        l.vpnUp = 0.85 + 0.14 * lr.nextDouble();
        l.vpnExits.addAll(lr.chance(0.5) ? exits : exits.subList(0, Math.max(1, exits.size() / 2)));
      }
      if (lr.chance(0.15)) {
        World.speaks(l, lr.chance(0.7) ? "ko" : "zh");
      }
      switch (scenario) {
        case FARM_IP_KVM, FARM_IP_KVM_RENAMED -> {
          l.kvm = scenario == RedTeamScenario.FARM_IP_KVM ? Peripherals.defaultKvm(lr) : Peripherals.renamedKvm(lr);
          l.lidClosed = lr.chance(0.85);
        }
        case FARM_SHIPPED_ABROAD -> shippedAbroad(l, lr, where, ops);
        default -> rmm(l, lr, farmTool, ops, scenario);
      }
      if (l.os == Platform.MACOS && l.kvm == null) {
        l.lidClosed = false; // a closed MacBook sleeps unless an external display is attached
      }
      if (scenario == RedTeamScenario.FARM_HW_JIGGLER) {
        l.carriedUsb.add(Peripherals.hardwareJiggler(lr));
      }
    }
  }

  private void rmm(Laptop l, Rng r, String farmTool, Operators ops, RedTeamScenario scenario) {
    String tool = r.chance(0.8) ? farmTool : r.pick(FARM_TOOLS);
    if (l.os != Platform.WINDOWS && tool.equals("chrome-remote-desktop")) {
      tool = "anydesk";
    }
    l.remoteTools.add(tool);
    if (r.chance(0.3)) {
      String second = r.pick(FARM_TOOLS);
      if (!second.equals(tool)) {
        l.remoteTools.add(second);
      }
    }
    l.unattended = !tool.equals("chrome-remote-desktop");
    l.sessions = Laptop.Sessions.OPERATOR;
    l.peerIds = tool.equals("teamviewer") ? ops.teamViewerIds : ops.anyDeskIds;
    l.peerIps = ops.ips;
    l.rdp = l.os == Platform.WINDOWS && scenario == RedTeamScenario.FARM_RESIDENCE_RMM && r.chance(0.1);
    if (scenario == RedTeamScenario.FARM_SMALL_RMM && r.chance(0.3)) {
      // the facilitator opens the laptops when the operators start work, and they sleep otherwise
      l.routine = new Routine(l.routine.zone(), l.routine.start(), l.routine.hours(), false, l.routine.weekends());
    }
  }

  /** Used directly by the worker where it was shipped: an ordinary working day there, Astrill mostly on. */
  private void shippedAbroad(Laptop l, Rng r, Place where, Operators ops) {
    l.routine = new Routine(ZoneId.of(where.zone()), 8 + r.nextInt(3), 10, false, r.chance(0.4));
    l.lidClosed = false;
    l.timeZone = switch (r.nextInt(4)) {
      case 0 -> "Asia/Seoul";
      case 1 -> l.person.rosterPlace().zone();
      default -> where.zone();
    };
    switch (r.nextInt(3)) {
      case 0 -> {
        l.locale = "ko-KR";
        World.speaks(l, "ko");
      }
      case 1 -> World.speaks(l, "ko");
      default -> { }
    }
    if (r.chance(0.3)) {
      l.remoteTools.add("anydesk");
      l.unattended = true;
      l.sessions = Laptop.Sessions.NONE;
    }
    if (l.vpn == Laptop.Vpn.ASTRILL) {
      l.vpnUp = 0.6 + 0.35 * r.nextDouble(); // the Great Firewall drops it now and then
    }
  }

  /** Astrill exits in US hosting networks, so the laptops look American on the wire. */
  private List<Site> astrillExits(Rng r) {
    List<Site> exits = new ArrayList<>();
    Place[] cities = {Cities.LOS_ANGELES, Cities.DALLAS, Cities.NEW_YORK, Cities.SEATTLE, Cities.MIAMI, Cities.CHICAGO,
        Cities.ASHBURN};
    int n = 3 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      exits.add(world.site("vpn-exit", r.pick(cities), r.pick(Isp.VPN_HOSTING), 4, true));
    }
    return exits;
  }

  /** The farm's operators: a few remote-tool ids shared by all its laptops, and where they connect from. */
  private record Operators(String[] anyDeskIds, String[] teamViewerIds, String[] ips) {}

  private Operators operators(Rng r) {
    int n = 2 + r.nextInt(4);
    String[] anyDesk = new String[n];
    String[] teamViewer = new String[n];
    String[] ips = new String[n];
    for (int i = 0; i < n; i++) {
      anyDesk[i] = r.digits(9 + r.nextInt(2));
      teamViewer[i] = r.digits(10);
      ips[i] = switch (r.nextInt(3)) {
        case 0 -> world.addresses.address(Isp.CHINA_UNICOM, Cities.SHENYANG);
        case 1 -> world.addresses.address(Isp.ROSTELECOM, Cities.VLADIVOSTOK);
        default -> world.addresses.address(r.pick(Isp.VPN_HOSTING), r.pick(new Place[] {Cities.LOS_ANGELES,
            Cities.SINGAPORE, Cities.FRANKFURT, Cities.TOKYO}));
      };
    }
    return new Operators(anyDesk, teamViewer, ips);
  }
}
