package dev.farmguard.agent.transport;

/** A collector address: "host:port", "1.2.3.4:port" or "[::1]:port". */
public record HostPort(String host, int port) {

    public HostPort {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not in 1..65535");
        }
    }

    /** Parses HOST:PORT; the message of the exception says what is wrong. */
    public static HostPort parse(String text) {
        String value = text == null ? "" : text.trim();
        String host;
        String port;
        if (value.startsWith("[")) {
            int close = value.indexOf("]:");
            if (close < 0) {
                throw new IllegalArgumentException("expected [IPv6]:PORT, got '" + value + "'");
            }
            host = value.substring(1, close);
            port = value.substring(close + 2);
        } else {
            int colon = value.lastIndexOf(':');
            if (colon <= 0 || value.indexOf(':') != colon) {
                throw new IllegalArgumentException("expected HOST:PORT (IPv6 as [ADDRESS]:PORT), got '" + value + "'");
            }
            host = value.substring(0, colon);
            port = value.substring(colon + 1);
        }
        try {
            return new HostPort(host, Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port '" + port + "' is not a number in '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
