package dev.farmguard.collector.catalog;

import java.util.List;

/**
 * A remote-access / RMM tool. Names and paths match ignoring case; {@code *} is a wildcard; install paths may
 * hold {@code %VARS%} and {@code ~}.
 *
 * @param ports   ports the tool listens on (generic web ports are left out so a listener proves something)
 * @param domains network domains the tool talks to (informational)
 */
public record RemoteToolSignature(String id, String name, List<String> processNames, List<String> serviceNames,
                                  List<String> installPaths, List<Integer> ports, List<String> domains,
                                  boolean dprkReported, List<Source> sources) {

    public RemoteToolSignature {
        id = UsbMatch.nullToEmpty(id);
        name = UsbMatch.nullToEmpty(name);
        processNames = copy(processNames);
        serviceNames = copy(serviceNames);
        installPaths = copy(installPaths);
        ports = copy(ports);
        domains = copy(domains);
        sources = copy(sources);
    }

    public SignatureWeight weight() {
        return SignatureWeight.of(id, dprkReported);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
