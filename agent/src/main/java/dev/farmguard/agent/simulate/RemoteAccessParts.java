package dev.farmguard.agent.simulate;

import com.google.protobuf.Timestamp;
import dev.farmguard.proto.v1.InstalledArtifact;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.OsRemoteDesktop;
import dev.farmguard.proto.v1.ProcessInfo;
import dev.farmguard.proto.v1.RemoteAccess;
import dev.farmguard.proto.v1.RemoteLogEntry;
import dev.farmguard.proto.v1.ServiceInfo;
import dev.farmguard.proto.v1.SessionKind;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.Socket;
import dev.farmguard.proto.v1.UnattendedAccess;
import dev.farmguard.proto.v1.UserSession;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Remote-access traces and user sessions: group IT's sanctioned tool (and its support sessions),
 * tools employees installed privately, and the tools farms use with their operators' sessions.
 */
final class RemoteAccessParts {

  private static final int LOG_DAYS = 14;

  private final long seed;
  private final Instant simulationStart;
  private final List<String> itPeerIds;

  RemoteAccessParts(long seed, Instant simulationStart, List<String> itPeerIds) {
    this.seed = seed;
    this.simulationStart = simulationStart;
    this.itPeerIds = itPeerIds;
  }

  void add(Snapshot.Builder s, DeviceProfile p, Situation at, String lanIp, Rng unit, Rng rng) {
    OsFamily os = p.machine().model().os();
    RemoteAccess.Builder ra = RemoteAccess.newBuilder();
    if (p.habits().sanctionedRmm()) {
      ToolArtifacts tv = ToolArtifacts.of(Employers.SANCTIONED_TOOL, os);
      installed(ra, tv, unit, "SYSTEM");
      ra.addUnattended(UnattendedAccess.newBuilder().setTool(tv.tool()).setSource(tv.unattendedSource())
          .setDetail("assigned to company account; easy access granted"));
      itSupport(ra, p, at, tv, lanIp, rng);
    }
    if (p.desk().personalTool() != null) {
      installed(ra, ToolArtifacts.of(p.desk().personalTool(), os), unit, p.machine().user());
    }
    DeviceProfile.FarmSetup farm = p.farm();
    if (farm != null) {
      String operatorIp = operatorIp(p);
      boolean logged = false;
      for (String tool : farm.tools()) {
        if (tool.equals(Employers.SANCTIONED_TOOL) && p.habits().sanctionedRmm()) {
          continue; // already installed by IT: the operators just use it
        }
        ToolArtifacts a = ToolArtifacts.of(tool, os);
        installed(ra, a, unit, "SYSTEM");
        ra.addUnattended(UnattendedAccess.newBuilder().setTool(tool).setSource(a.unattendedSource())
            .setDetail("unattended access password set"));
      }
      for (String tool : farm.tools()) {
        ToolArtifacts a = ToolArtifacts.of(tool, os);
        if (at.remoteSessionLive()) {
          session(ra, a, lanIp, tool.equals("anydesk") ? operatorIp : relay(tool), rng);
        }
        if (!logged && !a.logFile().isEmpty()) {
          operatorLog(ra, p, at, a, tool.equals("anydesk") ? operatorIp : "");
          logged = true;
        }
      }
    }
    osServers(ra, p, os);
    s.setRemoteAccess(ra);
    sessions(s, p, at, operatorIp(p));
  }

  private static void installed(RemoteAccess.Builder ra, ToolArtifacts a, Rng unit, String user) {
    ra.addProcesses(ProcessInfo.newBuilder().setPid(unit.between(900, 30_000)).setName(a.process()).setPath(a.path())
        .setCommandLine(a.commandLine()).setUser(user).setMatchedTool(a.tool()));
    if (!a.service().isEmpty()) {
      ra.addServices(ServiceInfo.newBuilder().setName(a.service()).setDisplayName(a.service()).setState("running")
          .setStartMode("auto").setPath(a.path()).setMatchedTool(a.tool()));
    }
    ra.addInstalls(InstalledArtifact.newBuilder().setPath(a.installPath()).setMatchedTool(a.tool()));
    if (a.listenPort() > 0) {
      ra.addListeners(Socket.newBuilder().setProtocol("tcp")
          .setLocalAddress(a.tool().equals("teamviewer") ? "127.0.0.1" : "0.0.0.0").setLocalPort(a.listenPort())
          .setProcessName(a.process()).setState("LISTEN"));
    }
  }

  private static void session(RemoteAccess.Builder ra, ToolArtifacts a, String lanIp, String remote, Rng rng) {
    ra.addConnections(Socket.newBuilder().setProtocol("tcp").setLocalAddress(lanIp)
        .setLocalPort(a.tool().equals("anydesk") ? 7070 : rng.between(49_152, 65_000))
        .setRemoteAddress(remote).setRemotePort(a.tool().equals("anydesk") ? rng.between(49_152, 65_000) : a.connectPort())
        .setProcessName(a.process()).setState("ESTABLISHED"));
  }

  /** Group IT's helpdesk session over the sanctioned tool, and its log. */
  private void itSupport(RemoteAccess.Builder ra, DeviceProfile p, Situation at, ToolArtifacts tv, String lanIp, Rng rng) {
    if (at.itSessionStart() != null) {
      ra.addProcesses(ProcessInfo.newBuilder().setPid(rng.between(30_000, 60_000)).setName("TeamViewer_Desktop.exe")
          .setCommandLine("TeamViewer_Desktop.exe --IPCport 5939 --Module 1").setUser(p.machine().user())
          .setMatchedTool(tv.tool()));
      session(ra, tv, lanIp, NetworkPlan.relayIp(Places.RELAYS.get(1), 7), rng);
    }
    ZoneId zone = ZoneId.of(p.home().place().zone());
    LocalDate first = simulationStart.atZone(zone).toLocalDate();
    for (int day : p.habits().itSupportDays()) {
      Instant begin = first.plusDays(day).atStartOfDay(zone).toInstant().plusSeconds((long) (p.habits().itSupportHour() * 3600));
      if (!begin.isAfter(at.time())) {
        Instant end = begin.plusSeconds(40 * 60);
        RemoteLogEntry.Builder e = RemoteLogEntry.newBuilder().setTool(tv.tool()).setTime(ts(begin))
            .setRemoteId(itPeerIds.get(Math.floorMod(day + p.index(), itPeerIds.size()))).setDirection("incoming")
            .setSource(tv.logFile());
        if (!end.isAfter(at.time())) {
          e.setEndTime(ts(end));
        }
        ra.addLogEntries(e);
      }
    }
  }

  /** Incoming sessions of the farm's operators, as the tool's log keeps them (two weeks back). */
  private void operatorLog(RemoteAccess.Builder ra, DeviceProfile p, Situation at, ToolArtifacts a, String operatorIp) {
    GroupTraits g = p.traits();
    if (g.persistentSessions()) { // one session, connected since before the simulation started
      long daysBefore = 3 + Math.floorMod(p.index() * 7L + g.operatorStartHour(), 17);
      ra.addLogEntries(entry(a, p, simulationStart.minusSeconds(daysBefore * 86_400 + 3_600), null, operatorIp));
      return;
    }
    ZonedDateTime op = at.time().atZone(ZoneId.of(g.operatorZone()));
    for (int back = LOG_DAYS - 1; back >= 0; back--) {
      LocalDate date = op.toLocalDate().minusDays(back);
      if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      ZonedDateTime begin = date.atStartOfDay(op.getZone()).plusHours(g.operatorStartHour())
          .plusMinutes(Math.floorMod(p.index() * 13L + back, 20));
      if (begin.isAfter(op)) {
        continue;
      }
      ZonedDateTime end = begin.plusHours(g.operatorHours());
      ra.addLogEntries(entry(a, p, begin.toInstant(), end.isAfter(op) ? null : end.toInstant(), operatorIp));
    }
  }

  private static RemoteLogEntry entry(ToolArtifacts a, DeviceProfile p, Instant begin, Instant end, String ip) {
    RemoteLogEntry.Builder e = RemoteLogEntry.newBuilder().setTool(a.tool()).setTime(ts(begin))
        .setRemoteId(p.farm().peerId()).setRemoteAddress(ip).setDirection("incoming").setSource(a.logFile());
    if (end != null) {
      e.setEndTime(ts(end));
    }
    return e.build();
  }

  private void osServers(RemoteAccess.Builder ra, DeviceProfile p, OsFamily os) {
    switch (os) {
      case OS_FAMILY_WINDOWS -> {
        boolean rdp = p.farm() != null && p.farm().rdp();
        ra.addOsServers(OsRemoteDesktop.newBuilder().setKind("rdp").setEnabled(rdp).setListening(rdp)
            .setPort(rdp ? 3389 : 0));
      }
      case OS_FAMILY_MACOS -> ra.addOsServers(OsRemoteDesktop.newBuilder().setKind("screen_sharing"));
      default -> {
        boolean ssh = p.scenario() == Scenario.PI_DEVELOPER || p.index() % 2 == 0;
        ra.addOsServers(OsRemoteDesktop.newBuilder().setKind("ssh").setEnabled(ssh).setListening(ssh)
            .setPort(ssh ? 22 : 0));
      }
    }
  }

  private void sessions(Snapshot.Builder s, DeviceProfile p, Situation at, String operatorIp) {
    OsFamily os = p.machine().model().os();
    Instant boot = simulationStart.minusSeconds(p.machine().bootAgeSeconds());
    boolean rdp = p.farm() != null && p.farm().rdp() && at.remoteSessionLive();
    s.addSessions(UserSession.newBuilder()
        .setSessionId(os == OsFamily.OS_FAMILY_WINDOWS ? "1" : os == OsFamily.OS_FAMILY_MACOS ? "console" : "2")
        .setUser(p.machine().user())
        .setKind(SessionKind.SESSION_KIND_CONSOLE)
        .setProtocol(os == OsFamily.OS_FAMILY_WINDOWS ? "console" : os == OsFamily.OS_FAMILY_MACOS ? "console" : "wayland")
        .setStartedAt(ts(boot.plusSeconds(90)))
        .setIdleSeconds(at.idleMillis() / 1000)
        .setActive(!rdp));
    if (rdp) {
      s.addSessions(UserSession.newBuilder().setSessionId("2").setUser(p.machine().user())
          .setKind(SessionKind.SESSION_KIND_REMOTE).setProtocol("rdp").setRemoteHost(operatorIp)
          .setStartedAt(ts(simulationStart.minusSeconds(86_400L * (2 + p.index() % 5))))
          .setIdleSeconds(at.idleMillis() / 1000).setActive(true));
    }
  }

  /** Where a farm's operators connect from: their own city's ISP, or a VPN exit. */
  String operatorIp(DeviceProfile p) {
    if (p.farm() == null) {
      return "";
    }
    GroupTraits g = p.traits();
    int peer = p.slotInGroup() % g.peerIds().size();
    Rng r = Rng.of(seed, Rng.Salt.OPERATOR, p.group(), peer);
    if (r.chance(0.6)) {
      return NetworkPlan.foreignResidential(g.operatorPlace(), r.nextInt(60_000));
    }
    return NetworkPlan.astrillExit(r.chance(0.5) ? Places.byName("Hong Kong") : r.pick(Places.VPN_EXITS_US), r.nextInt(1_000));
  }

  private static String relay(String tool) {
    Place relay = tool.equals("chrome-remote-desktop") ? Places.RELAYS.get(1) : Places.RELAYS.get(0);
    return NetworkPlan.relayIp(relay, tool.hashCode());
  }

  static Timestamp ts(Instant i) {
    return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
  }
}
