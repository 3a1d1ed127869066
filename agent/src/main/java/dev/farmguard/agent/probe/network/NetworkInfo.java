package dev.farmguard.agent.probe.network;

import java.util.List;

/** Network state. Wi-Fi (SSID/BSSID, scans) is not read yet. */
public record NetworkInfo(
        List<InterfaceInfo> interfaces,
        List<GatewayInfo> gateways,
        List<String> dnsServers,
        List<VpnClientInfo> vpnClients) {

    public NetworkInfo {
        interfaces = List.copyOf(interfaces);
        gateways = List.copyOf(gateways);
        dnsServers = List.copyOf(dnsServers);
        vpnClients = List.copyOf(vpnClients);
    }
}
