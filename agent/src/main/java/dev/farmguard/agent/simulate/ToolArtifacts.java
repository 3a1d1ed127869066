package dev.farmguard.agent.simulate;

import dev.farmguard.proto.v1.OsFamily;

/**
 * How a remote-desktop or VPN tool shows up on each OS: process, service, install path, log file,
 * listening port (names as SIGNALS.md section 3 and the catalog give them).
 *
 * @param tool catalog id
 * @param process main process name
 * @param path executable path
 * @param commandLine command line of the service process
 * @param service service / unit name, empty if none
 * @param installPath install directory
 * @param listenPort port it listens on, 0 if none
 * @param connectPort port of its outgoing sessions
 * @param logFile connection log, empty if none
 * @param unattendedSource where unattended access is configured
 */
record ToolArtifacts(String tool, String process, String path, String commandLine, String service, String installPath,
    int listenPort, int connectPort, String logFile, String unattendedSource) {

  static ToolArtifacts of(String tool, OsFamily os) {
    boolean win = os == OsFamily.OS_FAMILY_WINDOWS;
    boolean mac = os == OsFamily.OS_FAMILY_MACOS;
    return switch (tool) {
      case "anydesk" -> win
          ? new ToolArtifacts(tool, "AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe",
              "\"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --service", "AnyDesk", "C:\\Program Files (x86)\\AnyDesk",
              7070, 7070, "C:\\ProgramData\\AnyDesk\\connection_trace.txt", "C:\\ProgramData\\AnyDesk\\service.conf")
          : mac ? new ToolArtifacts(tool, "AnyDesk", "/Applications/AnyDesk.app/Contents/MacOS/AnyDesk",
              "/Applications/AnyDesk.app/Contents/MacOS/AnyDesk --service", "com.philandro.anydesk.service",
              "/Applications/AnyDesk.app", 7070, 7070, "/Library/Application Support/AnyDesk/connection_trace.txt",
              "/Library/Application Support/AnyDesk/service.conf")
          : new ToolArtifacts(tool, "anydesk", "/usr/bin/anydesk", "/usr/bin/anydesk --service", "anydesk.service",
              "/usr/bin/anydesk", 7070, 7070, "/var/log/anydesk.trace", "/etc/anydesk/service.conf");
      case "teamviewer" -> win
          ? new ToolArtifacts(tool, "TeamViewer_Service.exe", "C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe",
              "\"C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe\"", "TeamViewer", "C:\\Program Files\\TeamViewer",
              5939, 5938, "C:\\Program Files\\TeamViewer\\Connections_incoming.txt", "HKLM\\SOFTWARE\\TeamViewer")
          : mac ? new ToolArtifacts(tool, "TeamViewer", "/Applications/TeamViewer.app/Contents/MacOS/TeamViewer",
              "/Applications/TeamViewer.app/Contents/Helpers/TeamViewer_Service", "com.teamviewer.service",
              "/Applications/TeamViewer.app", 5939, 5938, "/Library/Application Support/TeamViewer/Connections_incoming.txt",
              "/Library/Preferences/com.teamviewer.teamviewer.preferences.plist")
          : new ToolArtifacts(tool, "teamviewerd", "/opt/teamviewer/tv_bin/teamviewerd", "/opt/teamviewer/tv_bin/teamviewerd -d",
              "teamviewerd.service", "/opt/teamviewer", 5939, 5938, "/opt/teamviewer/logfiles/connections_incoming.txt",
              "/opt/teamviewer/config/global.conf");
      case "rustdesk" -> win
          ? new ToolArtifacts(tool, "rustdesk.exe", "C:\\Program Files\\RustDesk\\rustdesk.exe",
              "\"C:\\Program Files\\RustDesk\\rustdesk.exe\" --service", "RustDesk", "C:\\Program Files\\RustDesk",
              21118, 21117, "", "C:\\Windows\\ServiceProfiles\\LocalService\\AppData\\Roaming\\RustDesk\\config\\RustDesk.toml")
          : new ToolArtifacts(tool, "rustdesk", mac ? "/Applications/RustDesk.app/Contents/MacOS/rustdesk" : "/usr/bin/rustdesk",
              "rustdesk --service", mac ? "com.carriez.RustDesk_service" : "rustdesk.service",
              mac ? "/Applications/RustDesk.app" : "/usr/bin/rustdesk", 21118, 21117, "",
              mac ? "/Library/Preferences/com.carriez.RustDesk/RustDesk.toml" : "/root/.config/rustdesk/RustDesk.toml");
      case "chrome-remote-desktop" -> win
          ? new ToolArtifacts(tool, "remoting_host.exe",
              "C:\\Program Files (x86)\\Google\\Chrome Remote Desktop\\130.0.6723.21\\remoting_host.exe",
              "\"remoting_host.exe\" --type=daemon", "chromoting", "C:\\Program Files (x86)\\Google\\Chrome Remote Desktop",
              0, 443, "", "C:\\ProgramData\\Google\\Chrome Remote Desktop\\host.json")
          : new ToolArtifacts(tool, mac ? "remoting_me2me_host" : "chrome-remote-desktop-host",
              mac ? "/Library/PrivilegedHelperTools/ChromeRemoteDesktopHost.app/Contents/MacOS/remoting_me2me_host"
                  : "/opt/google/chrome-remote-desktop/chrome-remote-desktop-host",
              "chrome-remote-desktop-host --start", mac ? "org.chromium.chromoting" : "chrome-remote-desktop@.service",
              mac ? "/Library/PrivilegedHelperTools/ChromeRemoteDesktopHost.app" : "/opt/google/chrome-remote-desktop",
              0, 443, "", mac ? "/Library/PrivilegedHelperTools/org.chromium.chromoting.json"
                  : "/home/user/.config/chrome-remote-desktop/host.json");
      default -> throw new IllegalArgumentException("unknown tool " + tool);
    };
  }
}
