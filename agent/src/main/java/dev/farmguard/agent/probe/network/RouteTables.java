package dev.farmguard.agent.probe.network;

import dev.farmguard.agent.probe.procfs.ProcNetParser;
import dev.farmguard.agent.probe.IpText;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Parses default routes from {@code /proc/net/route} (IPv4) and {@code /proc/net/ipv6_route} (IPv6). */
public final class RouteTables {

    /** A default route: its next hop and the interface it leaves through. */
    public record DefaultRoute(String gateway, String interfaceName) {
    }

    private static final int RTF_UP = 0x1;
    private static final int RTF_GATEWAY = 0x2;
    private static final String ZERO_V6 = "0".repeat(32);

    private RouteTables() {
    }

    /**
     * IPv4 default routes: Destination and Mask 0, flags UP|GATEWAY. Addresses are host-order words like
     * {@code /proc/net/tcp} ("010200C0" is 192.0.2.1 on little-endian machines).
     */
    public static List<DefaultRoute> parseIpv4(List<String> lines, ByteOrder order) {
        List<DefaultRoute> routes = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 8 || f[0].equals("Iface")) {
                continue;
            }
            try {
                int flags = Integer.parseInt(f[3], 16);
                boolean isDefault = Long.parseLong(f[1], 16) == 0 && Long.parseLong(f[7], 16) == 0;
                if (isDefault && (flags & (RTF_UP | RTF_GATEWAY)) == (RTF_UP | RTF_GATEWAY)) {
                    routes.add(new DefaultRoute(ProcNetParser.address(f[2], order), f[0]));
                }
            } catch (IllegalArgumentException e) {
                // malformed row
            }
        }
        return routes;
    }

    /**
     * IPv6 default routes: destination ::/0 with a non-zero next hop, flags UP|GATEWAY. This table
     * prints addresses in network byte order.
     */
    public static List<DefaultRoute> parseIpv6(List<String> lines) {
        List<DefaultRoute> routes = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 10 || f[0].length() != 32) {
                continue;
            }
            try {
                int flags = Integer.parseInt(f[8], 16);
                boolean isDefault = f[0].equals(ZERO_V6) && Integer.parseInt(f[1], 16) == 0;
                if (isDefault && !f[4].equals(ZERO_V6) && (flags & (RTF_UP | RTF_GATEWAY)) == (RTF_UP | RTF_GATEWAY)) {
                    routes.add(new DefaultRoute(IpText.format(HexFormat.of().parseHex(f[4])), f[9]));
                }
            } catch (IllegalArgumentException e) {
                // malformed row
            }
        }
        return routes;
    }
}
