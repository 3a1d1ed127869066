package dev.farmguard.collector.catalog;

import java.util.List;

/**
 * A remote-access / RMM tool. Names and paths match ignoring case; {@code *} is a wildcard; install paths may
 * hold {@code %VARS%} and {@code ~}.
 *
 * @param ports   ports the tool listens on (generic web ports are left out so a listener proves something)
 * @param domains          network domains the tool talks to (informational)
 * @param sessionProcesses processes that run only while someone is connected in
 * @param relayPorts       remote ports the tool connects to only to relay a session in progress
 */
public record RemoteToolSignature(String id, String name, List<String> processNames, List<String> serviceNames,
                                  List<String> installPaths, List<Integer> ports, List<String> domains,
                                  boolean dprkReported, List<Source> sources, List<SessionProcess> sessionProcesses,
                                  List<Integer> relayPorts) {

    public RemoteToolSignature {
        id = UsbMatch.nullToEmpty(id);
        name = UsbMatch.nullToEmpty(name);
        processNames = copy(processNames);
        serviceNames = copy(serviceNames);
        installPaths = copy(installPaths);
        ports = copy(ports);
        domains = copy(domains);
        sources = copy(sources);
        sessionProcesses = copy(sessionProcesses);
        relayPorts = copy(relayPorts);
    }

    /** Whether anything in this signature can tell that a session is in progress now. */
    public boolean tellsLiveSessions() {
        return !sessionProcesses.isEmpty() || !relayPorts.isEmpty();
    }

    public SignatureWeight weight() {
        return SignatureWeight.of(id, dprkReported);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
