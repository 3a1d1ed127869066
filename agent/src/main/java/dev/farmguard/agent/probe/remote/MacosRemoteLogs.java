package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.SoftFiles;
import dev.farmguard.agent.probe.TextTail;
import dev.farmguard.agent.probe.remote.logs.AnyDeskConfig;
import dev.farmguard.agent.probe.remote.logs.AnyDeskConnectionTrace;
import dev.farmguard.agent.probe.remote.logs.AnyDeskTrace;
import dev.farmguard.agent.probe.remote.logs.TeamViewerConnections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds AnyDesk and TeamViewer connection logs and AnyDesk configuration on macOS and hands them to the
 * shared parsers in {@code remote.logs}. Places looked in (AnyDesk and TeamViewer do not document their
 * macOS paths; these are the service-wide and per-user folders the apps use): {@code /Library/Application
 * Support/AnyDesk}, {@code ~/.anydesk}, {@code ~/Library/Application Support/AnyDesk}, {@code /Library/Application
 * Support/TeamViewer}, {@code ~/Library/Application Support/TeamViewer}, {@code ~/Library/Logs/TeamViewer}
 * for every home under {@code /Users}. Logs are read from their end (1 MiB), where the newest entries are.
 */
final class MacosRemoteLogs {

    private static final int TAIL_BYTES = 1 << 20;
    private static final int MAX_ENTRIES = 200;

    private final Path root;

    MacosRemoteLogs(Path root) {
        this.root = root;
    }

    record Found(List<RemoteLogEntryInfo> entries, List<UnattendedInfo> unattended) {
    }

    Found read() {
        List<RemoteLogEntryInfo> entries = new ArrayList<>();
        List<UnattendedInfo> unattended = new ArrayList<>();
        for (Path dir : anyDeskDirs()) {
            for (Path file : SoftFiles.list(dir)) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                String shown = shown(file);
                if (name.equals("connection_trace.txt")) {
                    entries.addAll(AnyDeskConnectionTrace.parse(TextTail.lines(file, TAIL_BYTES), shown, ZoneOffset.UTC));
                } else if (name.equals("ad_svc.trace") || name.equals("ad.trace")) {
                    entries.addAll(AnyDeskTrace.parse(TextTail.lines(file, TAIL_BYTES), shown, ZoneOffset.UTC));
                } else if (name.equals("service.conf") || name.equals("system.conf")) {
                    unattended.addAll(AnyDeskConfig.unattended(SoftFiles.readLines(file), shown));
                }
            }
        }
        for (Path dir : teamViewerDirs()) {
            for (Path file : SoftFiles.list(dir)) {
                String direction = TeamViewerConnections.directionOf(file.getFileName().toString());
                if (!direction.isEmpty() && Files.isRegularFile(file)) {
                    entries.addAll(TeamViewerConnections.parse(TextTail.lines(file, TAIL_BYTES), shown(file),
                            direction, ZoneOffset.UTC));
                }
            }
        }
        // newest last in each file: keep the newest entries overall
        List<RemoteLogEntryInfo> kept = entries.size() > MAX_ENTRIES
                ? entries.subList(entries.size() - MAX_ENTRIES, entries.size()) : entries;
        return new Found(List.copyOf(kept), unattended);
    }

    private List<Path> anyDeskDirs() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(OsPaths.under(root, "/Library/Application Support/AnyDesk"));
        for (Path home : homes()) {
            dirs.add(home.resolve(".anydesk"));
            dirs.add(home.resolve("Library/Application Support/AnyDesk"));
        }
        return dirs;
    }

    private List<Path> teamViewerDirs() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(OsPaths.under(root, "/Library/Application Support/TeamViewer"));
        for (Path home : homes()) {
            dirs.add(home.resolve("Library/Application Support/TeamViewer"));
            dirs.add(home.resolve("Library/Logs/TeamViewer"));
        }
        return dirs;
    }

    private List<Path> homes() {
        return SoftFiles.list(OsPaths.under(root, "/Users"));
    }

    private String shown(Path file) {
        return "/" + root.relativize(file).toString().replace('\\', '/');
    }
}
