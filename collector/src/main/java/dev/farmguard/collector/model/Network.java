package dev.farmguard.collector.model;

import java.util.List;

/** Interfaces, default gateways, Wi-Fi, DNS and VPN clients. MACs are lower-case colon hex. */
public record Network(
        List<Interface> interfaces,
        List<Gateway> gateways,
        Wifi wifi,
        List<AccessPoint> visibleAccessPoints,
        List<String> dnsServers,
        List<VpnClient> vpnClients) {

    public static final Network EMPTY = new Network(List.of(), List.of(), null, List.of(), List.of(), List.of());

    public Network {
        interfaces = List.copyOf(interfaces);
        gateways = List.copyOf(gateways);
        visibleAccessPoints = List.copyOf(visibleAccessPoints);
        dnsServers = List.copyOf(dnsServers);
        vpnClients = List.copyOf(vpnClients);
    }

    public enum InterfaceType { UNKNOWN, ETHERNET, WIFI, LOOPBACK, TUNNEL, VIRTUAL, CELLULAR, OTHER }

    public record Interface(String name, String displayName, String mac, InterfaceType type,
                            List<String> ipv4Addresses, List<String> ipv6Addresses, boolean up, long speedBps) {
        public Interface {
            ipv4Addresses = List.copyOf(ipv4Addresses);
            ipv6Addresses = List.copyOf(ipv6Addresses);
        }
    }

    public record Gateway(String ip, String mac, String interfaceName) {}

    /** The joined Wi-Fi network; null in {@link Network} when not on Wi-Fi. */
    public record Wifi(String ssid, String bssid, int signalDbm, int frequencyMhz) {}

    public record AccessPoint(String ssid, String bssid, int signalDbm, int frequencyMhz) {}

    public record VpnClient(String matchedTool, String evidence, boolean running) {}
}
