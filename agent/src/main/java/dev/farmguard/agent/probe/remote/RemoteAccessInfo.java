package dev.farmguard.agent.probe.remote;

import java.util.List;

/**
 * Traces of remote-access tools.
 *
 * @param listeners   listening sockets on catalog ports or owned by catalog processes
 * @param connections established connections owned by catalog processes, or inbound to a catalog-port listener
 */
public record RemoteAccessInfo(
        List<ProcessMatch> processes,
        List<ServiceMatch> services,
        List<InstallMatch> installs,
        List<SocketInfo> listeners,
        List<SocketInfo> connections) {

    public RemoteAccessInfo {
        processes = List.copyOf(processes);
        services = List.copyOf(services);
        installs = List.copyOf(installs);
        listeners = List.copyOf(listeners);
        connections = List.copyOf(connections);
    }
}
