package dev.farmguard.agent.probe.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses macOS routing and neighbour tables and resolvers: {@code netstat -rn} (default routes of the
 * {@code Internet:} and {@code Internet6:} tables, the Netif column found by its header), {@code arp -an}
 * ({@code ? (IP) at MAC on IF ...}, MAC octets without leading zeros) and {@code scutil --dns} (the
 * nameservers of the main configuration's resolvers, else of the scoped ones).
 */
public final class MacosRoutes {

    private static final Pattern ARP = Pattern.compile("^\\S+ \\(([0-9.]+)\\) at ([0-9a-fA-F:]+) on (\\S+).*$");
    private static final Pattern NAMESERVER = Pattern.compile("^\\s*nameserver\\[\\d+\\]\\s*:\\s*(\\S+)\\s*$");

    private MacosRoutes() {
    }

    /**
     * Default routes through a gateway address ("link#N" routes of tunnels have none, and the
     * {@code fe80::%utunN} routes macOS adds for every utun are skipped); IPv4 gateways get their MAC.
     */
    public static List<GatewayInfo> gateways(String netstat, Map<String, String> arp) {
        List<GatewayInfo> gateways = new ArrayList<>();
        int netif = -1;
        boolean ipv6 = false;
        for (String line : netstat.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (line.startsWith("Internet6:")) {
                ipv6 = true;
            } else if (f[0].equals("Destination")) {
                netif = List.of(f).indexOf("Netif");
            } else if (f[0].equals("default") && netif > 0 && f.length > netif) {
                String gateway = f[1];
                String device = f[netif];
                if (gateway.startsWith("link#") || gateway.matches("fe80::%.*")) {
                    continue;
                }
                int scope = gateway.indexOf('%');
                String ip = ipv6 ? MacosInterfaces.canonicalIpv6(gateway)
                        : scope >= 0 ? gateway.substring(0, scope) : gateway;
                gateways.add(new GatewayInfo(ip, ipv6 ? "" : arp.getOrDefault(ArpTable.key(ip, device), ""), device));
            }
        }
        return gateways;
    }

    /** Resolved entries keyed like {@link ArpTable#key}; MACs as lower-case two-digit octets. */
    public static Map<String, String> arp(String output) {
        Map<String, String> macs = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher m = ARP.matcher(line.trim());
            if (m.matches()) {
                macs.put(ArpTable.key(m.group(1), m.group(3)), normalizeMac(m.group(2)));
            }
        }
        return macs;
    }

    /** "4:5a:95:c:12:ab" to "04:5a:95:0c:12:ab". */
    static String normalizeMac(String mac) {
        String[] octets = mac.split(":");
        StringBuilder out = new StringBuilder();
        for (String octet : octets) {
            if (out.length() > 0) {
                out.append(':');
            }
            out.append(octet.length() == 1 ? "0" + octet : octet);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Nameservers of {@code scutil --dns}, in order, without repeats. */
    public static List<String> dnsServers(String output) {
        int scoped = output.indexOf("DNS configuration (for scoped queries)");
        Set<String> main = nameservers(scoped < 0 ? output : output.substring(0, scoped));
        if (main.isEmpty() && scoped >= 0) {
            main = nameservers(output.substring(scoped));
        }
        return new ArrayList<>(main);
    }

    private static Set<String> nameservers(String section) {
        Set<String> servers = new LinkedHashSet<>();
        for (String line : section.split("\n")) {
            Matcher m = NAMESERVER.matcher(line);
            if (m.matches()) {
                servers.add(m.group(1).contains(":") ? MacosInterfaces.canonicalIpv6(m.group(1)) : m.group(1));
            }
        }
        return servers;
    }
}
