package dev.farmguard.agent.probe.network;

import java.util.List;

/**
 * Network state.
 *
 * @param wifi                the Wi-Fi network joined, null when none (or not readable)
 * @param visibleAccessPoints access points of the last scan
 */
public record NetworkInfo(
        List<InterfaceInfo> interfaces,
        List<GatewayInfo> gateways,
        WifiInfo wifi,
        List<AccessPointInfo> visibleAccessPoints,
        List<String> dnsServers,
        List<VpnClientInfo> vpnClients) {

    public NetworkInfo {
        interfaces = List.copyOf(interfaces);
        gateways = List.copyOf(gateways);
        visibleAccessPoints = List.copyOf(visibleAccessPoints);
        dnsServers = List.copyOf(dnsServers);
        vpnClients = List.copyOf(vpnClients);
    }
}
