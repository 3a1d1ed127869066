package dev.farmguard.collector.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The collector's one parser of IP address text: an IPv4 dotted quad, or IPv6 with {@code ::} and an optional
 * trailing dotted quad. No zone ids, no host names, and never a name lookup: agents report these strings, and
 * {@code InetAddress.getByName} would send something like {@code face.b00c} to DNS (an ArchUnit rule keeps
 * every other class off it).
 */
public final class IpLiteral {

    private IpLiteral() {}

    /** The address, or empty for null, blank, a host name or anything else that is not an IP literal. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        if (s.length() > 2 && s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        try {
            return Optional.of(address(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The address of an exact literal; an {@link IllegalArgumentException} says what is wrong with it. */
    public static InetAddress address(String text) {
        try {
            // given the raw bytes, the JDK builds the address without any lookup
            return InetAddress.getByAddress(bytes(text));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }

    /** The 4 (IPv4) or 16 (IPv6, including IPv4-mapped) bytes of an exact literal. */
    public static byte[] bytes(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty IP address");
        }
        if (text.indexOf(':') >= 0) {
            long[] v6 = ipv6(text);
            byte[] b = new byte[16];
            for (int i = 0; i < 8; i++) {
                b[i] = (byte) (v6[0] >>> (56 - 8 * i));
                b[i + 8] = (byte) (v6[1] >>> (56 - 8 * i));
            }
            return b;
        }
        int v4 = ipv4(text);
        return new byte[] {(byte) (v4 >>> 24), (byte) (v4 >>> 16), (byte) (v4 >>> 8), (byte) v4};
    }

    /** Dotted-quad IPv4 to its 32-bit value (up to three decimal digits per octet). */
    public static int ipv4(String text) {
        int value = 0;
        int octets = 0;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int start = i;
            int octet = 0;
            while (i < n && text.charAt(i) != '.') {
                char c = text.charAt(i);
                if (c < '0' || c > '9' || i - start >= 3) {
                    throw bad("IPv4", text);
                }
                octet = octet * 10 + (c - '0');
                i++;
            }
            if (i == start || octet > 255 || octets == 4) {
                throw bad("IPv4", text);
            }
            value = (value << 8) | octet;
            octets++;
            i++;
        }
        if (octets != 4) {
            throw bad("IPv4", text);
        }
        return value;
    }

    /** IPv6 text (with "::" and an optional trailing dotted quad) to its {high, low} 64-bit halves. */
    public static long[] ipv6(String text) {
        int[] groups = new int[8];
        int count = 0;
        int gapAt = -1;
        int i = 0;
        int n = text.length();
        if (text.startsWith("::")) {
            gapAt = 0;
            i = 2;
        } else if (text.startsWith(":")) {
            throw bad("IPv6", text);
        }
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != ':') {
                end++;
            }
            String part = text.substring(i, end);
            if (part.indexOf('.') >= 0) {
                if (end != n || count > 6) {
                    throw bad("IPv6", text);
                }
                int v4 = ipv4(part);
                groups[count++] = v4 >>> 16;
                groups[count++] = v4 & 0xFFFF;
                break;
            }
            if (part.isEmpty() || part.length() > 4 || count == 8) {
                throw bad("IPv6", text);
            }
            groups[count++] = hexGroup(text, part);
            i = end;
            if (i < n) {
                if (text.startsWith("::", i)) {
                    if (gapAt >= 0) {
                        throw new IllegalArgumentException("more than one '::' in IPv6 address '" + text + "'");
                    }
                    gapAt = count;
                    i += 2;
                } else if (++i == n) {
                    throw bad("IPv6", text);
                }
            }
        }
        return halves(text, groups, count, gapAt);
    }

    private static long[] halves(String text, int[] groups, int count, int gapAt) {
        int[] full = new int[8];
        if (gapAt >= 0) {
            if (count > 7) {
                throw bad("IPv6", text);
            }
            System.arraycopy(groups, 0, full, 0, gapAt);
            int tail = count - gapAt;
            System.arraycopy(groups, gapAt, full, 8 - tail, tail);
        } else if (count == 8) {
            full = groups;
        } else {
            throw bad("IPv6", text);
        }
        long hi = 0;
        long lo = 0;
        for (int g = 0; g < 4; g++) {
            hi = (hi << 16) | full[g];
            lo = (lo << 16) | full[g + 4];
        }
        return new long[] {hi, lo};
    }

    private static int hexGroup(String text, String part) {
        int v = 0;
        for (int k = 0; k < part.length(); k++) {
            char c = part.charAt(k);
            // ASCII only: Character.digit would also take other scripts' digits
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                throw bad("IPv6", text);
            }
            v = (v << 4) | d;
        }
        return v;
    }

    private static IllegalArgumentException bad(String family, String text) {
        return new IllegalArgumentException("bad " + family + " address '" + text + "'");
    }
}
