package dev.farmguard.agent.probe.macos;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code lsof +c 0 -nP -iTCP -sTCP:STATE}: a header, then
 * {@code COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME (STATE)} rows. The command (full, it may hold
 * spaces) is whatever precedes the pid; the row is anchored on the IPv4/IPv6 type and the TCP node.
 * NAME is {@code host:port} or {@code local->remote}, IPv6 hosts in brackets, {@code *} for any address.
 */
public final class LsofSockets {

    private static final Pattern ROW = Pattern.compile(
            "^(.+?)\\s+(\\d+)\\s+(\\S+)\\s+\\S+\\s+(IPv4|IPv6)\\s+\\S+\\s+\\S+\\s+TCP\\s+(\\S+)(?:\\s+\\((\\w+)\\))?\\s*$");

    private LsofSockets() {
    }

    public static List<LsofSocket> parse(String output) {
        List<LsofSocket> sockets = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            boolean v6 = m.group(4).equals("IPv6");
            String name = m.group(5);
            String state = m.group(6) == null ? "" : m.group(6);
            int arrow = name.indexOf("->");
            String[] local = endpoint(arrow < 0 ? name : name.substring(0, arrow), v6);
            String[] remote = arrow < 0 ? new String[] {"", "0"} : endpoint(name.substring(arrow + 2), v6);
            if (local == null || remote == null) {
                continue;
            }
            try {
                sockets.add(new LsofSocket(m.group(1).trim(), Integer.parseInt(m.group(2)), m.group(3),
                        v6 ? "tcp6" : "tcp", local[0], Integer.parseInt(local[1]), remote[0],
                        Integer.parseInt(remote[1]), state));
            } catch (NumberFormatException e) {
                // a port lsof could not print as a number
            }
        }
        return sockets;
    }

    /** "[::1]:631", "192.168.1.2:5900", "*:22" to {address, port}; null when malformed. */
    private static String[] endpoint(String text, boolean v6) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int scope = host.indexOf('%');
        if (scope >= 0) {
            host = host.substring(0, scope);
        }
        if (host.equals("*")) {
            host = v6 ? "::" : "0.0.0.0";
        }
        return new String[] {host, text.substring(colon + 1)};
    }
}
