package dev.farmguard.agent.probe.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.windows.CimJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the JSON of {@link WindowsNetworkProbe#SCRIPT}: Get-NetAdapter, Get-NetIPAddress, the default
 * routes of Get-NetRoute, the next hops' Get-NetNeighbor entries and Get-DnsClientServerAddress.
 */
public final class WindowsNetworkState {

    /** Interfaces, default gateways (with the next hop's MAC) and DNS servers. */
    public record Parsed(List<InterfaceInfo> interfaces, List<GatewayInfo> gateways, List<String> dnsServers) {
    }

    /** Names and descriptions of VPN drivers: TAP-Windows, Wintun, WireGuard, and adapters calling themselves VPN. */
    private static final Pattern TUNNEL_DRIVER = Pattern.compile(
            "(?i)\\b(tap|tun|wintun|wireguard|vpn|openvpn)\\b|tap0901|tap-windows|anyconnect");
    private static final Pattern HYPERVISOR = Pattern.compile(
            "(?i)hyper-v|virtualbox|vmware|vethernet|virtual ethernet|host-only|loopback adapter");
    private static final String NO_MAC = "00:00:00:00:00:00";

    private WindowsNetworkState() {
    }

    public static Parsed parse(JsonNode root) {
        Map<Long, List<String>> v4 = new HashMap<>();
        Map<Long, List<String>> v6 = new HashMap<>();
        for (JsonNode row : CimJson.items(root.path("Addresses"))) {
            String ip = stripZone(CimJson.text(row, "IPAddress"));
            long index = CimJson.number(row, "InterfaceIndex", -1);
            if (!ip.isEmpty()) {
                (ip.contains(":") ? v6 : v4).computeIfAbsent(index, k -> new ArrayList<>()).add(ip);
            }
        }
        List<InterfaceInfo> interfaces = new ArrayList<>();
        Map<Long, String> namesByIndex = new HashMap<>();
        Set<Long> upIndexes = new LinkedHashSet<>();
        for (JsonNode row : CimJson.items(root.path("Adapters"))) {
            long index = CimJson.number(row, "ifIndex", -1);
            String name = CimJson.text(row, "Name");
            boolean up = CimJson.text(row, "Status").equalsIgnoreCase("Up");
            namesByIndex.put(index, name);
            if (up) {
                upIndexes.add(index);
            }
            interfaces.add(new InterfaceInfo(name, CimJson.text(row, "InterfaceDescription"),
                    mac(CimJson.text(row, "MacAddress")), kind(row), v4.getOrDefault(index, List.of()),
                    v6.getOrDefault(index, List.of()), up, Math.max(0, CimJson.number(row, "ReceiveLinkSpeed", 0))));
        }
        return new Parsed(interfaces, gateways(root, namesByIndex), dnsServers(root, upIndexes));
    }

    private static List<GatewayInfo> gateways(JsonNode root, Map<Long, String> namesByIndex) {
        Map<String, String> neighbors = new HashMap<>();
        for (JsonNode row : CimJson.items(root.path("Neighbors"))) {
            String mac = mac(CimJson.text(row, "LinkLayerAddress"));
            String state = CimJson.text(row, "State").toLowerCase(Locale.ROOT);
            if (!mac.isEmpty() && !state.equals("unreachable") && !state.equals("incomplete")) {
                neighbors.put(CimJson.number(row, "InterfaceIndex", -1) + "|" + CimJson.text(row, "IPAddress"), mac);
            }
        }
        List<JsonNode> routes = new ArrayList<>(CimJson.items(root.path("Routes")));
        routes.sort(Comparator.comparingLong(r -> CimJson.number(r, "RouteMetric", Long.MAX_VALUE)));
        List<GatewayInfo> gateways = new ArrayList<>();
        for (JsonNode route : routes) {
            String hop = stripZone(CimJson.text(route, "NextHop"));
            if (hop.isEmpty() || hop.equals("0.0.0.0") || hop.equals("::")) {
                continue; // on-link: no gateway
            }
            long index = CimJson.number(route, "InterfaceIndex", -1);
            String name = namesByIndex.getOrDefault(index, CimJson.text(route, "InterfaceAlias"));
            gateways.add(new GatewayInfo(hop, neighbors.getOrDefault(index + "|" + hop, ""), name));
        }
        return gateways;
    }

    /**
     * Servers of interfaces that are up (all interfaces when the adapter list is unknown), in order, once
     * each; Windows' placeholder {@code fec0:0:0:ffff::1..3} (no IPv6 DNS configured) is left out.
     */
    private static List<String> dnsServers(JsonNode root, Set<Long> upIndexes) {
        Set<String> servers = new LinkedHashSet<>();
        for (JsonNode row : CimJson.items(root.path("Dns"))) {
            long index = CimJson.number(row, "InterfaceIndex", -1);
            if (!upIndexes.isEmpty() && !upIndexes.contains(index)) {
                continue;
            }
            for (String server : CimJson.strings(row, "ServerAddresses")) {
                String s = stripZone(server);
                if (!s.toLowerCase(Locale.ROOT).startsWith("fec0:0:0:ffff::")) {
                    servers.add(s);
                }
            }
        }
        return List.copyOf(servers);
    }

    /**
     * The kind from IANA ifType, NDIS physical medium and names: VPN drivers are tunnels whatever they
     * claim, 802.11 is Wi-Fi, WWAN cellular, Bluetooth PAN other, non-hardware Ethernet (Hyper-V, VirtualBox, VMware) virtual.
     */
    static InterfaceKind kind(JsonNode adapter) {
        long ifType = CimJson.number(adapter, "InterfaceType", -1);
        long medium = CimJson.number(adapter, "NdisPhysicalMedium", -1);
        String names = CimJson.text(adapter, "Name") + " " + CimJson.text(adapter, "InterfaceDescription") + " "
                + CimJson.text(adapter, "ComponentID");
        boolean hardware = CimJson.bool(adapter, "HardwareInterface").orElse(true);
        if (ifType == 24) {
            return InterfaceKind.LOOPBACK;
        }
        if (ifType == 131 || ifType == 23 || ifType == 53 && TUNNEL_DRIVER.matcher(names).find()
                || !hardware && TUNNEL_DRIVER.matcher(names).find()) {
            return InterfaceKind.TUNNEL;
        }
        if (ifType == 71 || medium == 9 || medium == 1) {
            return InterfaceKind.WIFI;
        }
        if (ifType == 243 || ifType == 244 || medium == 8) {
            return InterfaceKind.CELLULAR;
        }
        if (medium == 10) {
            return InterfaceKind.OTHER; // Bluetooth personal area network
        }
        if (ifType == 53 || !hardware || CimJson.bool(adapter, "Virtual").orElse(false)
                || HYPERVISOR.matcher(names).find()) {
            return InterfaceKind.VIRTUAL;
        }
        if (ifType == 6) {
            return InterfaceKind.ETHERNET;
        }
        return ifType < 0 ? InterfaceKind.UNKNOWN : InterfaceKind.OTHER;
    }

    /** "8C-8D-28-4A-1B-2C" as "8c:8d:28:4a:1b:2c"; "" for none or all zeros. */
    static String mac(String text) {
        String mac = text.trim().replace('-', ':').toLowerCase(Locale.ROOT);
        if (!mac.matches("([0-9a-f]{2}:){5}[0-9a-f]{2}") || mac.equals(NO_MAC)) {
            return "";
        }
        return mac;
    }

    private static String stripZone(String ip) {
        int percent = ip.indexOf('%');
        return percent < 0 ? ip.trim() : ip.substring(0, percent).trim();
    }
}
