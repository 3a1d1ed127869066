package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.mapper.SnapshotMapper;
import dev.farmguard.agent.probe.CollectedSnapshot;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.display.DisplayInfo;
import dev.farmguard.agent.probe.identity.ChassisKind;
import dev.farmguard.agent.probe.identity.IdentityInfo;
import dev.farmguard.agent.probe.input.InputActivityInfo;
import dev.farmguard.agent.probe.jiggler.JigglerInfo;
import dev.farmguard.agent.probe.jiggler.UsbJigglers;
import dev.farmguard.agent.probe.locale.LocaleInfo;
import dev.farmguard.agent.probe.power.LidKind;
import dev.farmguard.agent.probe.power.PowerInfo;
import dev.farmguard.agent.probe.power.PowerSourceKind;
import dev.farmguard.agent.probe.session.SessionInfo;
import dev.farmguard.agent.probe.session.SessionKind;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import dev.farmguard.agent.simulate.Rng;
import dev.farmguard.proto.v1.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One laptop's check-in at one instant: decides where it is and who is using it, builds the agent's own probe
 * records ({@link CollectedSnapshot}) and maps them with the agent's {@link SnapshotMapper}, so every field and
 * evidence string is spelled as a real agent on that OS spells it. Returns null while the laptop sleeps.
 */
final class CheckIns {

  /** A check-in: the snapshot and the address the collector sees it from. */
  record CheckIn(String observedIp, Snapshot snapshot) {}

  private final long seed;
  private final Instant start;
  private final CatalogMatcher catalog;
  private final RemoteArtifacts remote;
  private final NetworkRecords network;
  private final String relayIp;

  CheckIns(long seed, Instant start, CatalogMatcher catalog, String relayIp) {
    this.seed = seed;
    this.start = start;
    this.catalog = catalog;
    this.remote = new RemoteArtifacts(catalog);
    this.network = new NetworkRecords(catalog);
    this.relayIp = relayIp;
  }

  CheckIn at(Laptop l, int slot, Instant at, long sequence) {
    int day = (int) Duration.between(start, at).toDays();
    if (inTransit(l, at)) {
      return null;
    }
    Stay stay = stayAt(l, day, at);
    Site site = stay == null ? l.home : stay.site();
    Routine routine = stay != null && stay.zoneMoves()
        ? new Routine(ZoneId.of(site.place().zone()), l.routine.start(), l.routine.hours(), l.routine.alwaysOn(),
            l.routine.weekends())
        : l.routine;
    if (!routine.awake(at, noise(l, slot, 1))) {
      return null;
    }
    Rng r = Rng.of(seed, 61, l.index, slot);
    SessionHistory history = new SessionHistory(seed, l);
    SessionHistory.Session session = history.activeAt(at);
    boolean inUse = l.sessions == Laptop.Sessions.OPERATOR ? session != null : routine.inUse(at, noise(l, slot, 2));
    if (l.sessions != Laptop.Sessions.OPERATOR && session != null) {
      inUse = true;
    }
    boolean atHome = stay == null;
    boolean docked = l.docked && atHome;
    boolean lidClosed = atHome && l.lidClosed; // travelling laptops are open on a hotel desk
    boolean vpnUp = l.vpn != Laptop.Vpn.NONE && Math.floorMod(noise(l, slot, 3), 1000) < l.vpnUp * 1000;
    String observed = vpnUp ? l.vpnExits.get(Math.floorMod(day * 7 + l.index, l.vpnExits.size())).publicIp(l.index)
        : site.publicIp(noise(l, slot, 4));

    List<UsbDeviceInfo> usb = usb(l, atHome);
    List<JigglerInfo> jigglers = new ArrayList<>(UsbJigglers.classify(usb, catalog));
    if (l.os == Platform.MACOS) {
      jigglers.removeIf(j -> j.matchedTool().equals(JigglerInfo.HID_SUSPECT)); // macOS reports catalog ids only
    }
    ZoneId osZone = ZoneId.of(stay != null && stay.zoneMoves() ? site.place().zone() : l.timeZone);
    long idleMillis = idleMillis(l, routine, slot, at, inUse, r);
    boolean rdpLive = l.rdp && session != null && l.os == Platform.WINDOWS;
    CollectedSnapshot collected = new CollectedSnapshot(at, identity(l, at, routine), usb,
        displays(l, docked, lidClosed), remote.build(l, at, history.upTo(at), session, relayIp),
        sessions(l, at, idleMillis, rdpLive, session), input(l, idleMillis), power(l, docked, lidClosed, r),
        network.build(l, site, docked || site.wired(), vpnUp, r), locale(l, osZone, at), jigglers, List.of());
    Snapshot snapshot = SnapshotMapper.toProto(collected, new SnapshotMapper.Envelope(l.deviceId, sequence,
        "0.1.0", catalog.version(), 0));
    return new CheckIn(observed, snapshot);
  }

  /**
   * Travelling to or from a stay away from home: offline for the journey (2 h plus 700 km/h of distance), so a
   * trip is never faster than a flight.
   */
  private boolean inTransit(Laptop l, Instant at) {
    for (Stay s : l.stays) {
      if (s.dayHours()) {
        continue;
      }
      long transit = (long) ((2 + l.home.place().distanceKm(s.site().place()) / 700) * 3600);
      Instant arrive = start.plus(Duration.ofDays(s.fromDay()));
      Instant leave = start.plus(Duration.ofDays(s.toDay() + 1L));
      if (!at.isBefore(arrive.minusSeconds(transit)) && at.isBefore(arrive)
          || !at.isBefore(leave) && at.isBefore(leave.plusSeconds(transit))) {
        return true;
      }
    }
    return false;
  }

  private Stay stayAt(Laptop l, int day, Instant at) {
    for (Stay s : l.stays) {
      if (day >= s.fromDay() && day <= s.toDay()) {
        ZonedDateTime local = at.atZone(ZoneId.of(s.site().place().zone()));
        boolean weekday = local.getDayOfWeek().getValue() <= 5;
        return l.stayAt(day, local.getHour(), weekday);
      }
    }
    return null;
  }

  private long noise(Laptop l, int slot, int purpose) {
    return Rng.of(seed, 60 + purpose, l.index, slot).nextLong();
  }

  /** Time since the last hour someone used it; a hardware jiggler keeps it near zero. */
  private long idleMillis(Laptop l, Routine routine, int slot, Instant at, boolean inUse, Rng r) {
    boolean jiggled = l.carriedUsb.stream().anyMatch(u -> u.product().equals("Pico") || u.product().equals("DigiMouse")
        || u.product().equals("USB Mouse") && u.vendorId() == 0x1c4f);
    if (inUse || jiggled) {
      return r.nextInt(jiggled ? 30_000 : 90_000);
    }
    if (l.sessions == Laptop.Sessions.OPERATOR) {
      List<SessionHistory.Session> past = new SessionHistory(seed, l).upTo(at);
      Instant lastEnd = past.isEmpty() ? at.minus(Duration.ofDays(3)) : past.get(past.size() - 1).end();
      return Math.max(0, Duration.between(lastEnd, at).toMillis());
    }
    for (int back = 1; back <= 72; back++) {
      Instant earlier = at.minus(Duration.ofHours(back));
      if (routine.inUse(earlier, noise(l, slot - back, 2))) {
        return (back - 1) * 3_600_000L + r.nextInt(3_600_000);
      }
    }
    return 72 * 3_600_000L + r.nextInt(3_600_000);
  }

  private static IdentityInfo identity(Laptop l, Instant at, Routine routine) {
    Hardware h = l.hardware;
    Instant boot = routine.alwaysOn() ? at.minus(Duration.ofDays(3 + l.index % 11)).minusSeconds(l.index * 97L % 3600)
        : at.atZone(routine.zone()).withHour(Math.min(routine.start(), at.atZone(routine.zone()).getHour()))
            .withMinute(l.index % 50).toInstant();
    return new IdentityInfo(h.hostname(), h.vendor(), h.model(), h.serial(), h.uuid(), ChassisKind.LAPTOP, l.os,
        h.osName(), h.osVersion(), h.osBuild(), h.cpu(), h.logicalCpus(), h.physicalCpus(), h.memoryBytes(),
        boot.isAfter(at) ? at.minusSeconds(600) : boot);
  }

  private static List<UsbDeviceInfo> usb(Laptop l, boolean atHome) {
    List<UsbSpec> specs = new ArrayList<>();
    if (l.os != Platform.MACOS) {
      specs.add(Peripherals.camera());
      specs.add(Peripherals.bluetooth());
    }
    specs.addAll(l.carriedUsb);
    if (atHome) {
      specs.addAll(l.deskUsb);
      if (l.kvm != null) {
        specs.add(l.kvm.usb());
      }
    }
    List<UsbDeviceInfo> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      out.add(OsTraits.usb(l.os, specs.get(i), i));
    }
    return out;
  }

  private static List<DisplayInfo> displays(Laptop l, boolean docked, boolean lidClosed) {
    List<DisplayInfo> out = new ArrayList<>();
    out.add(OsTraits.display(l.os, l.panel, true, 0, !lidClosed));
    if (l.secondPanel != null) {
      out.add(OsTraits.display(l.os, l.secondPanel, true, 1, !lidClosed));
    }
    int external = 0;
    if (l.kvm != null) {
      out.add(OsTraits.display(l.os, new Monitors.Monitor(l.kvm.edid(), 1920, 1080), false, external++, true));
    }
    if (docked) {
      for (Monitors.Monitor m : l.deskMonitors) {
        out.add(OsTraits.display(l.os, m, false, external++, true));
      }
    }
    return out;
  }

  private static List<SessionInfo> sessions(Laptop l, Instant at, long idleMillis, boolean rdpLive,
      SessionHistory.Session session) {
    Instant logon = at.minus(Duration.ofHours(1 + l.index % 40));
    List<SessionInfo> out = new ArrayList<>();
    switch (l.os) {
      case WINDOWS -> {
        out.add(new SessionInfo("1", "CORP\\" + l.person.login(), SessionKind.CONSOLE, "console", "", logon,
            idleMillis / 1000, !rdpLive));
        if (rdpLive) {
          out.add(new SessionInfo("2", "CORP\\" + l.person.login(), SessionKind.REMOTE, "rdp", session.peerIp(),
              session.start(), 0, true));
        }
      }
      case MACOS -> out.add(new SessionInfo("console", l.person.login(), SessionKind.CONSOLE, "console", "", logon, -1,
          true));
      default -> out.add(new SessionInfo("2", l.person.login(), SessionKind.CONSOLE,
          l.hardware.osVersion().equals("24.04") ? "wayland" : "x11", "", logon, -1, true));
    }
    return out;
  }

  private static InputActivityInfo input(Laptop l, long idleMillis) {
    return switch (l.os) {
      case WINDOWS -> new InputActivityInfo(idleMillis, "GetLastInputInfo");
      case MACOS -> new InputActivityInfo(idleMillis, "HIDIdleTime");
      default -> l.hardware.osVersion().equals("24.04")
          ? (idleMillis < 300_000 ? new InputActivityInfo(-1, "logind:IdleHint=no")
              : new InputActivityInfo(idleMillis, "logind:IdleSinceHint"))
          : new InputActivityInfo(idleMillis, "XScreenSaver");
    };
  }

  private static PowerInfo power(Laptop l, boolean docked, boolean lidClosed, Rng r) {
    boolean ac = docked || l.routine.alwaysOn() || r.chance(0.65);
    LidKind lid = l.os == Platform.WINDOWS ? LidKind.UNKNOWN : lidClosed ? LidKind.CLOSED : LidKind.OPEN;
    return new PowerInfo(ac ? PowerSourceKind.AC : PowerSourceKind.BATTERY, true, ac ? 80 + r.nextInt(21)
        : 25 + r.nextInt(70), l.hardware.batteryCycles(), lid);
  }

  private static LocaleInfo locale(Laptop l, ZoneId zone, Instant at) {
    int offset = zone.getRules().getOffset(at).getTotalSeconds();
    return new LocaleInfo(zone.getId(), offset, l.locale, l.keyboardLayouts, l.inputMethods,
        l.os == Platform.MACOS ? null : Boolean.TRUE);
  }
}
