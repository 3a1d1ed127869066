package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.probe.InstallPathFinder;
import dev.farmguard.agent.probe.TextTail;
import dev.farmguard.agent.probe.remote.logs.AnyDeskConfig;
import dev.farmguard.agent.probe.remote.logs.AnyDeskConnectionTrace;
import dev.farmguard.agent.probe.remote.logs.AnyDeskTrace;
import dev.farmguard.agent.probe.remote.logs.TeamViewerConnections;
import dev.farmguard.agent.probe.windows.WindowsRegistry;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and reads the remote tools' logs and unattended-access settings on Windows; the parsing is the
 * shared {@code probe.remote.logs} parsers'. Logs are read from their end (at most 1 MiB each) and only the
 * latest entries of each file are kept. Times are read as UTC, as on the other OSes.
 */
final class WindowsRemoteLogs {

    static final int TAIL_BYTES = 1 << 20;
    static final int MAX_ENTRIES_PER_FILE = 100;
    private static final String USERS = "%SystemDrive%\\Users\\*\\AppData\\Roaming\\";
    private static final List<String> ANYDESK_CONNECTION_TRACES = List.of(
            "%ProgramData%\\AnyDesk\\connection_trace.txt", USERS + "AnyDesk\\connection_trace.txt");
    private static final List<String> ANYDESK_TRACES = List.of(
            "%ProgramData%\\AnyDesk\\ad_svc.trace", USERS + "AnyDesk\\ad.trace");
    private static final List<String> TEAMVIEWER_LISTS = List.of(
            "%ProgramFiles%\\TeamViewer\\Connections_incoming.txt",
            "%ProgramFiles(x86)%\\TeamViewer\\Connections_incoming.txt",
            USERS + "TeamViewer\\Connections.txt");
    private static final List<String> ANYDESK_CONFIGS = List.of(
            "%ProgramData%\\AnyDesk\\service.conf", "%ProgramData%\\AnyDesk\\system.conf",
            USERS + "AnyDesk\\service.conf", USERS + "AnyDesk\\system.conf");
    /** TeamViewer keeps its settings here (32-bit view first: the installer is 32-bit on most versions). */
    private static final List<String> TEAMVIEWER_KEYS = List.of(
            "HKLM\\SOFTWARE\\WOW6432Node\\TeamViewer", "HKLM\\SOFTWARE\\TeamViewer");
    /** The AES-encrypted personal (unattended) password; its presence, never its value, is reported. */
    private static final String TEAMVIEWER_PASSWORD = "SecurityPasswordAES";

    private final WindowsSystem system;
    private final InstallPathFinder paths;

    WindowsRemoteLogs(WindowsSystem system) {
        this.system = system;
        this.paths = system.installPaths();
    }

    List<RemoteLogEntryInfo> entries() {
        List<RemoteLogEntryInfo> entries = new ArrayList<>();
        for (String file : find(ANYDESK_CONNECTION_TRACES)) {
            entries.addAll(latest(AnyDeskConnectionTrace.parse(read(file), file, ZoneOffset.UTC)));
        }
        for (String file : find(ANYDESK_TRACES)) {
            entries.addAll(latest(AnyDeskTrace.parse(read(file), file, ZoneOffset.UTC)));
        }
        for (String file : find(TEAMVIEWER_LISTS)) {
            String direction = TeamViewerConnections.directionOf(file.substring(file.lastIndexOf('\\') + 1));
            entries.addAll(latest(TeamViewerConnections.parse(read(file), file, direction, ZoneOffset.UTC)));
        }
        return entries;
    }

    List<UnattendedInfo> unattended() {
        List<UnattendedInfo> found = new ArrayList<>();
        for (String file : find(ANYDESK_CONFIGS)) {
            found.addAll(AnyDeskConfig.unattended(read(file), file));
        }
        WindowsRegistry registry = system.registry();
        for (String key : TEAMVIEWER_KEYS) {
            if (registry.value(key, TEAMVIEWER_PASSWORD).isPresent()) {
                found.add(new UnattendedInfo(TeamViewerConnections.TOOL, key,
                        TEAMVIEWER_PASSWORD + " is set (unattended-access password)"));
                break;
            }
        }
        return found;
    }

    private List<String> find(List<String> patterns) {
        List<String> files = new ArrayList<>();
        patterns.forEach(pattern -> files.addAll(paths.find(pattern)));
        return files;
    }

    private List<String> read(String windowsPath) {
        return TextTail.lines(system.files().resolve(windowsPath), TAIL_BYTES);
    }

    private static List<RemoteLogEntryInfo> latest(List<RemoteLogEntryInfo> entries) {
        return entries.size() <= MAX_ENTRIES_PER_FILE ? entries
                : entries.subList(entries.size() - MAX_ENTRIES_PER_FILE, entries.size());
    }
}
