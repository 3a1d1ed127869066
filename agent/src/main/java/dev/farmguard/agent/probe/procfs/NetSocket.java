package dev.farmguard.agent.probe.procfs;

/**
 * One row of {@code /proc/net/{tcp,tcp6,udp,udp6}}.
 *
 * @param protocol "tcp", "tcp6", "udp" or "udp6"
 * @param state    kernel socket state code (0x0A = TCP LISTEN, 0x01 = ESTABLISHED, 0x07 = UDP unconnected)
 * @param inode    socket inode, matched against {@code /proc/PID/fd} links to find the owner
 */
public record NetSocket(
        String protocol,
        String localAddress,
        int localPort,
        String remoteAddress,
        int remotePort,
        int state,
        long inode) {

    public static final int TCP_ESTABLISHED = 0x01;
    public static final int TCP_CLOSE = 0x07;
    public static final int TCP_LISTEN = 0x0A;

    private static final String[] STATE_NAMES = {
        "UNKNOWN", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT",
        "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING", "NEW_SYN_RECV"
    };

    public boolean isUdp() {
        return protocol.startsWith("udp");
    }

    /** A TCP listener or a bound, unconnected UDP socket. */
    public boolean isListener() {
        return isUdp() ? state == TCP_CLOSE && remotePort == 0 : state == TCP_LISTEN;
    }

    /** An established TCP connection or a connected UDP socket. */
    public boolean isConnection() {
        return state == TCP_ESTABLISHED;
    }

    /** State as {@code ss} names it: TCP state names; "UNCONN" for unconnected UDP. */
    public String stateName() {
        if (isUdp() && isListener()) {
            return "UNCONN";
        }
        return state >= 0 && state < STATE_NAMES.length ? STATE_NAMES[state] : "UNKNOWN";
    }
}
