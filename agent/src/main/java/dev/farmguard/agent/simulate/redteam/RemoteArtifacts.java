package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.remote.InstallMatch;
import dev.farmguard.agent.probe.remote.OsRemoteDesktopInfo;
import dev.farmguard.agent.probe.remote.ProcessMatch;
import dev.farmguard.agent.probe.remote.RemoteAccessInfo;
import dev.farmguard.agent.probe.remote.RemoteLogEntryInfo;
import dev.farmguard.agent.probe.remote.ServiceMatch;
import dev.farmguard.agent.probe.remote.SocketInfo;
import dev.farmguard.agent.probe.remote.UnattendedInfo;
import dev.farmguard.agent.probe.remote.logs.AnyDeskConfig;
import dev.farmguard.agent.probe.remote.logs.AnyDeskConnectionTrace;
import dev.farmguard.agent.probe.remote.logs.AnyDeskTrace;
import dev.farmguard.agent.probe.remote.logs.TeamViewerConfig;
import dev.farmguard.agent.probe.remote.logs.TeamViewerConnections;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The remote_access family of one check-in: what the agent's readers find for each installed tool on this OS
 * (processes and services named as the catalog matches them, installs, sockets), with the tools' own log and
 * configuration text written as the tools write it and read by the agent's real parsers.
 */
final class RemoteArtifacts {

  private static final DateTimeFormatter TRACE = DateTimeFormatter.ofPattern("uuuu-MM-dd, HH:mm", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SVC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TV = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final CatalogMatcher catalog;

  RemoteArtifacts(CatalogMatcher catalog) {
    this.catalog = catalog;
  }

  RemoteAccessInfo build(Laptop l, Instant now, List<SessionHistory.Session> history, SessionHistory.Session active,
      String relayIp) {
    Parts p = new Parts(l, now);
    List<String> tools = new ArrayList<>(l.remoteTools);
    if (l.companyTeamViewer && !tools.contains("teamviewer")) {
      tools.add("teamviewer");
    }
    for (String tool : tools) {
      boolean sessionTool = tool.equals(l.remoteTools.isEmpty() ? "" : l.remoteTools.get(0));
      SessionHistory.Session live = sessionTool ? active : null;
      List<SessionHistory.Session> past = sessionTool ? history : List.of();
      switch (tool) {
        case "anydesk" -> anydesk(p, live, past, relayIp);
        case "teamviewer" -> teamviewer(p, live, past);
        case "rustdesk" -> rustdesk(p, live, relayIp);
        case "chrome-remote-desktop" -> chromeRemoteDesktop(p, live);
        case "parsec" -> parsec(p, live);
        default -> throw new IllegalArgumentException("no artifacts for " + tool);
      }
    }
    if (l.rdp && l.os == Platform.WINDOWS) {
      p.osServers.add(new OsRemoteDesktopInfo("rdp", true, true, 3389));
      if (active != null) {
        p.connections.add(new SocketInfo("tcp", "192.168.1.23", 3389, active.peerIp(), 50000 + l.index % 9000, 1184,
            "svchost.exe", "ESTABLISHED"));
      }
    }
    return new RemoteAccessInfo(p.processes, p.services, p.installs, p.listeners, p.connections, p.logs, p.unattended,
        p.osServers);
  }

  private void anydesk(Parts p, SessionHistory.Session live, List<SessionHistory.Session> past, String relay) {
    Platform os = p.laptop.os;
    String exe = switch (os) {
      case WINDOWS -> "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe";
      case MACOS -> "/Applications/AnyDesk.app/Contents/MacOS/AnyDesk";
      default -> "/usr/bin/anydesk";
    };
    String dataDir = switch (os) {
      case WINDOWS -> "C:\\ProgramData\\AnyDesk\\";
      case MACOS -> "/Library/Application Support/AnyDesk/";
      default -> "/etc/anydesk/";
    };
    p.process(name(exe), exe, quoted(exe) + " --service", systemUser(os), 700);
    p.process(name(exe), exe, quoted(exe) + (live != null ? " --backend" : " --control"), p.user(), 702);
    p.service(os == Platform.WINDOWS ? "AnyDesk" : os == Platform.MACOS ? "com.philandro.anydesk.service"
        : "anydesk.service", "AnyDesk Service", exe);
    p.install(os == Platform.WINDOWS ? "C:\\Program Files (x86)\\AnyDesk" : os == Platform.MACOS
        ? "/Applications/AnyDesk.app" : "/usr/bin/anydesk");
    p.listeners.add(new SocketInfo("tcp", "0.0.0.0", 7070, "", 0, 700, name(exe), "LISTEN"));
    if (live != null) {
      p.connections.add(new SocketInfo("tcp", "192.168.1.23", 50100, relay, 443, 700, name(exe), "ESTABLISHED"));
    }
    List<String> trace = new ArrayList<>();
    List<String> svc = new ArrayList<>();
    int pid = 9952;
    for (SessionHistory.Session s : past) {
      pid += 4; // each incoming session runs in a new lsvc process
      trace.add("Incoming    " + TRACE.format(s.start()) + "    Passwd    " + s.peerId() + "    " + s.peerId());
      String head = "   info " + SVC.format(s.start()) + "       lsvc   " + pid + "   9944   21                "
          + "anynet.any_socket - ";
      svc.add(head + "Accept request from " + s.peerId() + " (via relay).");
      svc.add(head + "Client-ID: " + s.peerId() + " (FPR: 8e28a2a25b30).");
      svc.add(head + "Logged in from " + s.peerIp() + ":" + (40000 + Math.floorMod(s.peerId().hashCode(), 20000))
          + " on relay 80e496c0.");
      svc.add("   info " + SVC.format(s.start().plusSeconds(1)) + "       lsvc   " + pid
          + "   9944   21                   app.session - Authenticated by password.");
      if (s.end().isBefore(p.now)) {
        svc.add("   info " + SVC.format(s.end()) + "       lsvc   " + pid + "   9944   21                   "
            + "app.session - Session closed by " + s.peerId() + ".");
      }
    }
    String home = os == Platform.LINUX ? "/home/" + p.laptop.person.login() + "/.anydesk/" : dataDir;
    p.logs.addAll(last(AnyDeskConnectionTrace.parse(trace, home + "connection_trace.txt", ZoneOffset.UTC)));
    if (os != Platform.LINUX) {
      p.logs.addAll(last(AnyDeskTrace.parse(svc, dataDir + "ad_svc.trace", ZoneOffset.UTC)));
    } else {
      p.logs.addAll(last(AnyDeskTrace.parse(svc, "/var/log/anydesk.trace", ZoneOffset.UTC)));
    }
    if (p.laptop.unattended) {
      p.unattended.addAll(AnyDeskConfig.unattended(List.of("ad.anynet.pwd_hash=6c2e4a3b9f0d1e57a8c4b2f6e9d3a1c0",
          "ad.anynet.pwd_salt=4f1a9c"), dataDir + "service.conf"));
    }
  }

  private void teamviewer(Parts p, SessionHistory.Session live, List<SessionHistory.Session> past) {
    Platform os = p.laptop.os;
    String dir = switch (os) {
      case WINDOWS -> "C:\\Program Files\\TeamViewer\\";
      case MACOS -> "/Applications/TeamViewer.app/Contents/MacOS/";
      default -> "/opt/teamviewer/tv_bin/";
    };
    String service = os == Platform.WINDOWS ? "TeamViewer_Service.exe" : os == Platform.MACOS ? "TeamViewer"
        : "teamviewerd";
    p.process(service, dir + service, quoted(dir + service), systemUser(os), 800);
    if (os != Platform.LINUX) {
      String gui = os == Platform.WINDOWS ? "TeamViewer.exe" : "TeamViewer";
      p.process(gui, dir + gui, quoted(dir + gui), p.user(), 802);
    }
    if (live != null) {
      String desktop = os == Platform.WINDOWS ? "TeamViewer_Desktop.exe" : "TeamViewer_Desktop";
      p.process(desktop, dir + desktop, quoted(dir + desktop) + " --IPCport 5939 --Module 1", p.user(), 804);
    }
    p.service(os == Platform.WINDOWS ? "TeamViewer" : os == Platform.MACOS ? "com.teamviewer.teamviewer_service"
        : "teamviewerd.service", "TeamViewer", dir + service);
    p.install(os == Platform.WINDOWS ? "C:\\Program Files\\TeamViewer" : os == Platform.MACOS
        ? "/Applications/TeamViewer.app" : "/opt/teamviewer");
    p.listeners.add(new SocketInfo("tcp", "127.0.0.1", 5939, "", 0, 800, service, "LISTEN"));
    List<String> lines = new ArrayList<>();
    for (SessionHistory.Session s : past) {
      if (!s.end().isAfter(p.now)) { // TeamViewer writes the line when the session ends
        lines.add(s.peerId() + "\tsupport\t" + TV.format(s.start()) + "\t" + TV.format(s.end()) + "\t"
            + p.laptop.person.login() + "\tRemoteControl\t{" + Integer.toHexString(s.hashCode()) + "-4b1e-9a3c}");
      }
    }
    String list = switch (os) {
      case WINDOWS -> "C:\\Program Files\\TeamViewer\\Connections_incoming.txt";
      case MACOS -> "/Library/Application Support/TeamViewer/Connections_incoming.txt";
      default -> "/opt/teamviewer/logfiles/connections_incoming.txt";
    };
    p.logs.addAll(last(TeamViewerConnections.parse(lines, list, RemoteLogEntryInfo.INCOMING, ZoneOffset.UTC)));
    if (p.laptop.unattended || p.laptop.companyTeamViewer) {
      if (os == Platform.WINDOWS) {
        p.unattended.add(new UnattendedInfo("teamviewer", "HKLM\\SOFTWARE\\WOW6432Node\\TeamViewer",
            "SecurityPasswordAES is set (unattended-access password)"));
      } else if (os == Platform.LINUX) {
        p.unattended.addAll(TeamViewerConfig.unattended(List.of("[bin  ] SecurityPasswordAES = 1c 2e 7f 90 aa"),
            "/opt/teamviewer/config/global.conf"));
      }
    }
  }

  private void rustdesk(Parts p, SessionHistory.Session live, String relay) {
    Platform os = p.laptop.os;
    String exe = switch (os) {
      case WINDOWS -> "C:\\Program Files\\RustDesk\\rustdesk.exe";
      case MACOS -> "/Applications/RustDesk.app/Contents/MacOS/RustDesk";
      default -> "/usr/bin/rustdesk";
    };
    p.process(name(exe), exe, quoted(exe) + " --service", systemUser(os), 900);
    p.process(name(exe), exe, quoted(exe) + " --server", p.user(), 902);
    if (live != null) {
      p.process(name(exe), exe, quoted(exe) + " --cm", p.user(), 904);
      p.connections.add(new SocketInfo("tcp", "192.168.1.23", 51200, relay, 21117, 902, name(exe), "ESTABLISHED"));
    }
    p.service(os == Platform.WINDOWS ? "RustDesk" : os == Platform.MACOS ? "com.carriez.RustDesk_service"
        : "rustdesk.service", "RustDesk Service", exe);
    p.install(os == Platform.WINDOWS ? "C:\\Program Files\\RustDesk" : os == Platform.MACOS
        ? "/Applications/RustDesk.app" : "/usr/bin/rustdesk");
  }

  private void chromeRemoteDesktop(Parts p, SessionHistory.Session live) {
    Platform os = p.laptop.os;
    String exe = switch (os) {
      case WINDOWS -> "C:\\Program Files (x86)\\Google\\Chrome Remote Desktop\\130.0.6723.20\\remoting_host.exe";
      case MACOS -> "/Library/PrivilegedHelperTools/ChromeRemoteDesktopHost.app/Contents/MacOS/remoting_me2me_host";
      default -> "/opt/google/chrome-remote-desktop/chrome-remote-desktop-host";
    };
    p.process(name(exe), exe, quoted(exe) + " --type=daemon", systemUser(os), 1000);
    if (live != null) {
      p.process(name(exe), exe, quoted(exe) + " --type=desktop", p.user(), 1002);
    }
    p.service(os == Platform.WINDOWS ? "chromoting" : os == Platform.MACOS ? "org.chromium.chromoting"
        : "chrome-remote-desktop@" + p.laptop.person.login() + ".service", "Chrome Remote Desktop Service", exe);
    if (os != Platform.MACOS) {
      p.install(os == Platform.WINDOWS ? "C:\\Program Files (x86)\\Google\\Chrome Remote Desktop"
          : "/opt/google/chrome-remote-desktop");
    }
  }

  private void parsec(Parts p, SessionHistory.Session live) {
    Platform os = p.laptop.os;
    String exe = os == Platform.WINDOWS ? "C:\\Program Files\\Parsec\\parsecd.exe"
        : "/Applications/Parsec.app/Contents/MacOS/parsecd";
    p.process(name(exe), exe, quoted(exe), p.user(), 1100);
    if (os == Platform.WINDOWS) {
      p.process("pservice.exe", "C:\\Program Files\\Parsec\\pservice.exe", "", systemUser(os), 1102);
      p.install("C:\\Program Files\\Parsec");
    }
  }

  private List<RemoteLogEntryInfo> last(List<RemoteLogEntryInfo> entries) {
    return entries.size() <= 100 ? entries : entries.subList(entries.size() - 100, entries.size());
  }

  private static String name(String path) {
    return path.substring(Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')) + 1);
  }

  private static String quoted(String path) {
    return path.contains(" ") ? '"' + path + '"' : path;
  }

  private static String systemUser(Platform os) {
    return os == Platform.WINDOWS ? "NT AUTHORITY\\SYSTEM" : "root";
  }

  /** Accumulates one check-in's records; only what the catalog matches is kept, as on a real agent. */
  private final class Parts {
    final Laptop laptop;
    final Instant now;
    final List<ProcessMatch> processes = new ArrayList<>();
    final List<ServiceMatch> services = new ArrayList<>();
    final List<InstallMatch> installs = new ArrayList<>();
    final List<SocketInfo> listeners = new ArrayList<>();
    final List<SocketInfo> connections = new ArrayList<>();
    final List<RemoteLogEntryInfo> logs = new ArrayList<>();
    final List<UnattendedInfo> unattended = new ArrayList<>();
    final List<OsRemoteDesktopInfo> osServers = new ArrayList<>();

    Parts(Laptop laptop, Instant now) {
      this.laptop = laptop;
      this.now = now;
    }

    String user() {
      return laptop.os == Platform.WINDOWS ? "CORP\\" + laptop.person.login() : laptop.person.login();
    }

    void process(String name, String path, String commandLine, String user, int pid) {
      catalog.remoteToolForProcess(List.of(name)).ifPresent(tool -> processes.add(new ProcessMatch(pid + laptop.index
          % 50, name, path, laptop.os == Platform.MACOS ? "" : commandLine, user,
          laptop.hardware.batteryCycles() > 0 ? bootTime() : null, tool)));
    }

    void service(String name, String displayName, String path) {
      catalog.remoteToolForService(name).ifPresent(tool -> services.add(new ServiceMatch(name,
          laptop.os == Platform.WINDOWS ? displayName : "", "running", laptop.os == Platform.LINUX ? "enabled" : "auto",
          path, tool)));
    }

    void install(String path) {
      catalog.remoteToolInstallPaths().stream().filter(sig -> matchesInstall(sig.path(), path)).findFirst()
          .ifPresent(sig -> installs.add(new InstallMatch(path, sig.toolId())));
    }

    private Instant bootTime() {
      return now.minusSeconds(3600L * (1 + laptop.index % 30));
    }
  }

  /** A catalog path with %VAR% expanded the way a default Windows install spells it. */
  private static boolean matchesInstall(String pattern, String path) {
    String expanded = pattern.replace("%ProgramFiles(x86)%", "C:\\Program Files (x86)")
        .replace("%ProgramFiles%", "C:\\Program Files").replace("%ProgramData%", "C:\\ProgramData");
    return expanded.equalsIgnoreCase(path);
  }
}
