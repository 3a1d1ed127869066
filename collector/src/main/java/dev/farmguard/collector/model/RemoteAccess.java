package dev.farmguard.collector.model;

import java.time.Instant;
import java.util.List;

/** Traces of remote-access tools. The agent's {@code matchedTool} hints are advisory; the collector re-classifies. */
public record RemoteAccess(
        List<Process> processes,
        List<Service> services,
        List<Installed> installs,
        List<Socket> listeners,
        List<Socket> connections,
        List<LogEntry> logEntries,
        List<Unattended> unattended,
        List<OsServer> osServers) {

    public static final RemoteAccess EMPTY =
            new RemoteAccess(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public RemoteAccess {
        processes = List.copyOf(processes);
        services = List.copyOf(services);
        installs = List.copyOf(installs);
        listeners = List.copyOf(listeners);
        connections = List.copyOf(connections);
        logEntries = List.copyOf(logEntries);
        unattended = List.copyOf(unattended);
        osServers = List.copyOf(osServers);
    }

    public record Process(int pid, String name, String path, String commandLine, String user, Instant startedAt,
                          String matchedTool) {}

    public record Service(String name, String displayName, String state, String startMode, String path,
                          String matchedTool) {}

    public record Installed(String path, String matchedTool) {}

    public record Socket(String protocol, String localAddress, int localPort, String remoteAddress, int remotePort,
                         int pid, String processName, String state) {}

    /**
     * Whether a peer is connected in: a connection on a port a remote-access process listens on (AnyDesk's 7070, a
     * VNC or RDP port), i.e. a direct session into this laptop, not the tool's own call out to its servers.
     */
    public boolean peerConnectedIn() {
        for (Socket c : connections) {
            for (Socket l : listeners) {
                if (l.localPort() == c.localPort() && l.protocol().equalsIgnoreCase(c.protocol())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A connection recorded in a tool's own log (AnyDesk, TeamViewer). */
    public record LogEntry(String tool, Instant time, String remoteId, String remoteAddress, String direction,
                           String source, Instant endTime) {

        /**
         * When the session ended; for a log that records only beginnings (AnyDesk's traces) an unknown end is taken
         * to be {@code assumed} after the start, never "still open": an old entry says nothing about now.
         */
        public Instant endOr(java.time.Duration assumed) {
            return endTime != null ? endTime : time.plus(assumed);
        }

        /** Someone connected in to this laptop ("in", "incoming", "inbound" as the tools' logs spell it). */
        public boolean incoming() {
            return direction != null && direction.toLowerCase(java.util.Locale.ROOT).startsWith("in");
        }
    }

    public record Unattended(String tool, String source, String detail) {}

    /** An OS built-in remote desktop server: rdp, vnc, screen_sharing, remote_management, xrdp, ssh. */
    public record OsServer(String kind, boolean enabled, boolean listening, int port) {}
}
