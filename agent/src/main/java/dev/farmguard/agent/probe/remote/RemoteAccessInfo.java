package dev.farmguard.agent.probe.remote;

import java.util.List;

/**
 * Traces of remote-access tools.
 *
 * @param listeners   listening sockets on catalog ports or owned by catalog processes
 * @param connections established connections owned by catalog processes, or inbound to a catalog-port listener
 * @param logEntries  connections parsed from tool logs (AnyDesk, TeamViewer)
 * @param unattended  unattended-access settings found (never the secret)
 * @param osServers   the OS's own remote-desktop servers (RDP, VNC, screen sharing, xrdp, ssh)
 */
public record RemoteAccessInfo(
        List<ProcessMatch> processes,
        List<ServiceMatch> services,
        List<InstallMatch> installs,
        List<SocketInfo> listeners,
        List<SocketInfo> connections,
        List<RemoteLogEntryInfo> logEntries,
        List<UnattendedInfo> unattended,
        List<OsRemoteDesktopInfo> osServers) {

    public RemoteAccessInfo {
        processes = List.copyOf(processes);
        services = List.copyOf(services);
        installs = List.copyOf(installs);
        listeners = List.copyOf(listeners);
        connections = List.copyOf(connections);
        logEntries = List.copyOf(logEntries);
        unattended = List.copyOf(unattended);
        osServers = List.copyOf(osServers);
    }
}
