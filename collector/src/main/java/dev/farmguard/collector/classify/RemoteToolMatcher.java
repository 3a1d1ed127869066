package dev.farmguard.collector.classify;

import dev.farmguard.collector.catalog.RemoteToolSignature;
import dev.farmguard.collector.model.RemoteAccess;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds catalog remote-access tools in a device's remote-access traces. */
final class RemoteToolMatcher {

    private record Compiled(RemoteToolSignature signature, TraceMatcher traces, Set<Integer> ports) {}

    private final List<Compiled> tools;

    RemoteToolMatcher(List<RemoteToolSignature> signatures) {
        this.tools = signatures.stream().map(s -> new Compiled(s,
                new TraceMatcher(s.processNames(), s.serviceNames(), s.installPaths()), new HashSet<>(s.ports())))
                .toList();
    }

    List<SignatureMatch> match(RemoteAccess access) {
        List<SignatureMatch> out = new ArrayList<>();
        for (Compiled tool : tools) {
            List<Evidence> evidence = TraceMatcher.newList();
            tool.traces().processes(access.processes(), evidence);
            tool.traces().services(access.services(), evidence);
            tool.traces().installs(access.installs(), evidence);
            sockets(tool, access, evidence);
            if (!evidence.isEmpty()) {
                RemoteToolSignature s = tool.signature();
                out.add(new SignatureMatch(SignatureMatch.Category.REMOTE_TOOL, s.id(), s.name(), s.weight(),
                        s.sources(), evidence));
            }
        }
        return out;
    }

    /** Listeners on the tool's ports or owned by its processes, and connections owned by its processes. */
    private static void sockets(Compiled tool, RemoteAccess access, List<Evidence> evidence) {
        for (RemoteAccess.Socket s : access.listeners()) {
            if (tool.ports().contains(s.localPort())) {
                TraceMatcher.add(evidence, EvidenceField.LISTENING_PORT, describe(s), "port " + s.localPort());
            }
            tool.traces().processName(s.processName()).ifPresent(m ->
                    TraceMatcher.add(evidence, EvidenceField.LISTENER_PROCESS, describe(s), m));
        }
        for (RemoteAccess.Socket s : access.connections()) {
            tool.traces().processName(s.processName()).ifPresent(m ->
                    TraceMatcher.add(evidence, EvidenceField.CONNECTION_PROCESS, describe(s), m));
        }
    }

    static String describe(RemoteAccess.Socket s) {
        String local = s.protocol() + " " + s.localAddress() + ":" + s.localPort();
        String remote = s.remoteAddress() == null || s.remoteAddress().isEmpty() ? ""
                : " <-> " + s.remoteAddress() + ":" + s.remotePort();
        String owner = s.processName() == null || s.processName().isEmpty() ? "" : " (" + s.processName() + ")";
        return local + remote + owner;
    }
}
