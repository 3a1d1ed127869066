package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.probe.LinuxHomes;
import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.SoftFiles;
import dev.farmguard.agent.probe.TextTail;
import dev.farmguard.agent.probe.remote.logs.AnyDeskConfig;
import dev.farmguard.agent.probe.remote.logs.AnyDeskConnectionTrace;
import dev.farmguard.agent.probe.remote.logs.AnyDeskTrace;
import dev.farmguard.agent.probe.remote.logs.TeamViewerConfig;
import dev.farmguard.agent.probe.remote.logs.TeamViewerConnections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where AnyDesk and TeamViewer leave connection logs and unattended-access settings on Linux, read with the
 * shared parsers of {@code probe.remote.logs}. AnyDesk: the service's {@code /var/log/anydesk.trace} and
 * {@code /etc/anydesk/*.conf}; per user {@code ~/.anydesk/} ({@code ad.trace}, {@code anydesk.trace},
 * {@code connection_trace.txt}, {@code *.conf}) and {@code ~/.config/AnyDesk/} (and its {@code Logs/}).
 * TeamViewer: {@code connections_incoming.txt}/{@code connections.txt} in {@code /opt/teamviewer/logfiles},
 * {@code /var/log/teamviewer*} and {@code ~/.local/share/teamviewer*}, and {@code /opt/teamviewer/config/global.conf}.
 * Tool clocks are read as UTC (neither tool writes a zone). Only the end of a log is read and only its last
 * entries are kept.
 */
final class LinuxRemoteToolTraces {

    static final int MAX_TAIL_BYTES = 2 << 20;
    static final int MAX_ENTRIES_PER_FILE = 100;

    private final Path root;

    LinuxRemoteToolTraces(Path root) {
        this.root = root;
    }

    List<RemoteLogEntryInfo> logEntries() {
        List<RemoteLogEntryInfo> entries = new ArrayList<>();
        for (Path file : anyDeskDirsFiles()) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.equals("connection_trace.txt")) {
                entries.addAll(last(AnyDeskConnectionTrace.parse(tail(file), shown(file), ZoneOffset.UTC)));
            } else if (name.endsWith(".trace")) {
                entries.addAll(last(AnyDeskTrace.parse(tail(file), shown(file), ZoneOffset.UTC)));
            }
        }
        Path serviceTrace = path("/var/log/anydesk.trace");
        if (Files.isRegularFile(serviceTrace)) {
            entries.addAll(last(AnyDeskTrace.parse(tail(serviceTrace), shown(serviceTrace), ZoneOffset.UTC)));
        }
        Set<Path> seen = new HashSet<>();
        for (Path dir : teamViewerLogDirs()) {
            if (!seen.add(realPath(dir))) {
                continue; // /var/log/teamviewerNN links to /opt/teamviewer/logfiles
            }
            for (Path file : SoftFiles.list(dir)) {
                String direction = TeamViewerConnections.directionOf(file.getFileName().toString());
                if (!direction.isEmpty() && Files.isRegularFile(file)) {
                    entries.addAll(last(TeamViewerConnections.parse(tail(file), shown(file), direction, ZoneOffset.UTC)));
                }
            }
        }
        return entries;
    }

    List<UnattendedInfo> unattended() {
        List<UnattendedInfo> found = new ArrayList<>();
        List<Path> configs = new ArrayList<>(SoftFiles.list(path("/etc/anydesk")));
        configs.addAll(anyDeskDirsFiles());
        for (Path file : configs) {
            if (file.getFileName().toString().endsWith(".conf") && Files.isRegularFile(file)) {
                found.addAll(AnyDeskConfig.unattended(SoftFiles.readLines(file), shown(file)));
            }
        }
        Path global = path("/opt/teamviewer/config/global.conf");
        found.addAll(TeamViewerConfig.unattended(SoftFiles.readLines(global), shown(global)));
        return found;
    }

    /** Files of the per-user AnyDesk directories. */
    private List<Path> anyDeskDirsFiles() {
        List<Path> files = new ArrayList<>();
        for (Path home : LinuxHomes.under(root)) {
            files.addAll(SoftFiles.list(home.resolve(".anydesk")));
            files.addAll(SoftFiles.list(home.resolve(".config/AnyDesk")));
            files.addAll(SoftFiles.list(home.resolve(".config/AnyDesk/Logs")));
        }
        return files;
    }

    private List<Path> teamViewerLogDirs() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(path("/opt/teamviewer/logfiles"));
        for (Path dir : SoftFiles.list(path("/var/log"))) {
            if (dir.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("teamviewer")) {
                dirs.add(dir);
            }
        }
        for (Path home : LinuxHomes.under(root)) {
            for (Path dir : SoftFiles.list(home.resolve(".local/share"))) {
                if (dir.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("teamviewer")) {
                    dirs.add(dir);
                    dirs.add(dir.resolve("logfiles"));
                }
            }
        }
        return dirs;
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    private static List<RemoteLogEntryInfo> last(List<RemoteLogEntryInfo> entries) {
        return entries.size() <= MAX_ENTRIES_PER_FILE ? entries
                : entries.subList(entries.size() - MAX_ENTRIES_PER_FILE, entries.size());
    }

    private static List<String> tail(Path file) {
        return TextTail.lines(file, MAX_TAIL_BYTES);
    }

    private String shown(Path file) {
        return LinuxHomes.shown(root, file);
    }

    private Path path(String absolute) {
        return OsPaths.under(root, absolute);
    }
}
