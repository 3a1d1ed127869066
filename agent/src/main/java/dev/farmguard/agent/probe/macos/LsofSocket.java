package dev.farmguard.agent.probe.macos;

/**
 * One TCP socket from {@code lsof -nP -iTCP}.
 *
 * @param protocol      "tcp" (IPv4) or "tcp6" (IPv6)
 * @param localAddress  "0.0.0.0" / "::" for a wildcard listener
 * @param remoteAddress "" for listeners
 * @param state         "LISTEN", "ESTABLISHED", ...
 */
public record LsofSocket(String command, int pid, String user, String protocol, String localAddress, int localPort,
                         String remoteAddress, int remotePort, String state) {

    public boolean isListener() {
        return state.equals("LISTEN");
    }
}
