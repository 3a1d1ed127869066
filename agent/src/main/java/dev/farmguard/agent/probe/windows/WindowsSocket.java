package dev.farmguard.agent.probe.windows;

/**
 * A TCP connection or listener, or a UDP endpoint.
 *
 * @param protocol "tcp", "tcp6", "udp", "udp6"
 * @param state    "LISTEN", "ESTABLISHED", "TIME_WAIT", ... (Linux spellings); "UNCONN" for UDP
 * @param pid      owning process, 0 if unknown
 */
public record WindowsSocket(String protocol, String localAddress, int localPort, String remoteAddress, int remotePort,
                            String state, int pid) {

    public boolean isListener() {
        return state.equals("LISTEN") || state.equals("UNCONN");
    }

    public boolean isConnection() {
        return state.equals("ESTABLISHED");
    }
}
