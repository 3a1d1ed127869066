package dev.farmguard.collector.wire;

import dev.farmguard.collector.model.Network;
import dev.farmguard.proto.v1.Gateway;
import dev.farmguard.proto.v1.InterfaceType;
import dev.farmguard.proto.v1.NetworkInterface;
import dev.farmguard.proto.v1.VpnClient;
import dev.farmguard.proto.v1.WifiAccessPoint;
import dev.farmguard.proto.v1.WifiConnection;

/** Model network state back to {@code farmguard.v1.Network}. */
final class NetworkToProto {

    private NetworkToProto() {}

    static dev.farmguard.proto.v1.Network convert(Network n) {
        var b = dev.farmguard.proto.v1.Network.newBuilder();
        n.interfaces().forEach(i -> b.addInterfaces(NetworkInterface.newBuilder().setName(i.name())
                .setDisplayName(i.displayName()).setMac(i.mac()).setType(InterfaceType.forNumber(i.type().ordinal()))
                .addAllIpv4Addresses(i.ipv4Addresses()).addAllIpv6Addresses(i.ipv6Addresses()).setUp(i.up())
                .setSpeedBps(i.speedBps())));
        n.gateways().forEach(g -> b.addGateways(Gateway.newBuilder().setIp(g.ip()).setMac(g.mac())
                .setInterfaceName(g.interfaceName())));
        if (n.wifi() != null) {
            b.setWifi(WifiConnection.newBuilder().setSsid(n.wifi().ssid()).setBssid(n.wifi().bssid())
                    .setSignalDbm(n.wifi().signalDbm()).setFrequencyMhz(n.wifi().frequencyMhz()));
        }
        n.visibleAccessPoints().forEach(a -> b.addVisibleAccessPoints(WifiAccessPoint.newBuilder().setSsid(a.ssid())
                .setBssid(a.bssid()).setSignalDbm(a.signalDbm()).setFrequencyMhz(a.frequencyMhz())));
        b.addAllDnsServers(n.dnsServers());
        n.vpnClients().forEach(v -> b.addVpnClients(VpnClient.newBuilder().setMatchedTool(v.matchedTool())
                .setEvidence(v.evidence()).setRunning(v.running())));
        return b.build();
    }
}
