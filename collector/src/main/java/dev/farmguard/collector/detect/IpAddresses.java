package dev.farmguard.collector.detect;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** What an address means for detection (public or not, household network); parsing is {@link dev.farmguard.collector.net.IpLiteral}. */
public final class IpAddresses {

    private IpAddresses() {}

    /**
     * Whether an address can identify a household on the Internet: not private, loopback, link-local, multicast,
     * unspecified, or shared carrier-grade NAT space (100.64.0.0/10, shared by unrelated customers).
     */
    public static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return !((b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64);
        }
        return (b[0] & 0xFE) != 0xFC; // fc00::/7 unique local
    }

    /**
     * The network a household shows to the Internet: the IPv4 address itself, or the IPv6 /64 (each device of a
     * home has its own IPv6 address inside the home's prefix).
     */
    public static String householdKey(InetAddress a) {
        if (a instanceof Inet6Address) {
            byte[] b = a.getAddress();
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                s.append(Integer.toHexString(((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF))).append(':');
            }
            return s.append(":/64").toString();
        }
        return a.getHostAddress();
    }
}
