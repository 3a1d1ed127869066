package dev.farmguard.agent.probe.remote;

/**
 * A listening or connected socket.
 *
 * @param protocol      "tcp", "tcp6", "udp", "udp6"
 * @param remoteAddress "" for listeners
 * @param pid           owning process, 0 if unknown
 * @param processName   owning process name, "" if unknown
 * @param state         e.g. "LISTEN", "ESTABLISHED", "UNCONN"
 */
public record SocketInfo(String protocol, String localAddress, int localPort, String remoteAddress, int remotePort,
                         int pid, String processName, String state) {
}
