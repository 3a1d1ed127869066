package dev.farmguard.collector.classify;

import dev.farmguard.collector.model.RemoteAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The process, service and install-path patterns of one signature, compiled once, matched against the traces
 * an agent reported. Shared by remote tools, VPN clients and jigglers.
 */
final class TraceMatcher {

    /** Keeps findings readable: a tool with 500 connections needs a few examples, not 500 lines. */
    static final int MAX_EVIDENCE_PER_FIELD = 10;

    private final List<NamePattern> processes;
    private final List<NamePattern> services;
    private final List<PathPattern> paths;

    TraceMatcher(List<String> processNames, List<String> serviceNames, List<String> installPaths) {
        this.processes = processNames.stream().map(NamePattern::of).toList();
        this.services = serviceNames.stream().map(NamePattern::of).toList();
        this.paths = installPaths.stream().map(PathPattern::of).toList();
    }

    /** Running processes by name, executable path (its file name or install folder), else command line. */
    void processes(List<RemoteAccess.Process> observed, List<Evidence> out) {
        for (RemoteAccess.Process p : observed) {
            String who = p.name() + " (pid " + p.pid() + ")";
            Optional<String> byName = processName(p.name());
            byName.ifPresent(m -> add(out, EvidenceField.PROCESS_NAME, who, m));
            Optional<String> byPath = executable(p.path());
            byPath.ifPresent(m -> add(out, EvidenceField.PROCESS_PATH, p.path(), m));
            if (byName.isEmpty() && byPath.isEmpty()) {
                String program = CommandLines.program(p.commandLine());
                executable(program).ifPresent(m -> add(out, EvidenceField.PROCESS_COMMAND_LINE,
                        p.commandLine() + " (pid " + p.pid() + ")", m));
            }
        }
    }

    /** Services by name or display name, else by binary path. */
    void services(List<RemoteAccess.Service> observed, List<Evidence> out) {
        for (RemoteAccess.Service s : observed) {
            Optional<String> byName = serviceName(s.name()).or(() -> serviceName(s.displayName()));
            byName.ifPresent(m -> add(out, EvidenceField.SERVICE_NAME, s.name() + " (" + s.state() + ")", m));
            if (byName.isEmpty()) {
                executable(CommandLines.program(s.path())).ifPresent(m -> add(out, EvidenceField.SERVICE_PATH,
                        s.path(), m));
            }
        }
    }

    /** Install paths found on disk, by catalog path or by the file name of a catalog executable. */
    void installs(List<RemoteAccess.Installed> observed, List<Evidence> out) {
        for (RemoteAccess.Installed i : observed) {
            executable(i.path()).ifPresent(m -> add(out, EvidenceField.INSTALL_PATH, i.path(), m));
        }
    }

    /** The catalog process pattern this name matches. */
    Optional<String> processName(String name) {
        return processes.stream().filter(n -> n.matches(name)).map(NamePattern::text).findFirst();
    }

    Optional<String> serviceName(String name) {
        return services.stream().filter(n -> n.matches(name)).map(NamePattern::text).findFirst();
    }

    /** An executable or folder path: under a catalog install path, or named like a catalog process. */
    Optional<String> executable(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        Optional<String> byFolder = paths.stream().filter(p -> p.matches(path)).map(PathPattern::text).findFirst();
        return byFolder.or(() -> processName(PathPattern.baseName(path)));
    }

    static void add(List<Evidence> out, EvidenceField field, String observed, String matched) {
        long already = out.stream().filter(e -> e.field() == field).count();
        Evidence e = new Evidence(field, observed, matched);
        if (already < MAX_EVIDENCE_PER_FIELD && !out.contains(e)) {
            out.add(e);
        }
    }

    static List<Evidence> newList() {
        return new ArrayList<>();
    }
}
