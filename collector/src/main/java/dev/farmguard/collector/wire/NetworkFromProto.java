package dev.farmguard.collector.wire;

import static dev.farmguard.collector.wire.SnapshotFromProto.clampInt;
import static dev.farmguard.collector.wire.SnapshotFromProto.map;

import dev.farmguard.collector.model.Network;

/** {@code farmguard.v1.Network} to the model. */
final class NetworkFromProto {

    private NetworkFromProto() {}

    static Network convert(dev.farmguard.proto.v1.Network n) {
        return new Network(
                map(n.getInterfacesList(), NetworkFromProto::networkInterface),
                map(n.getGatewaysList(), g -> new Network.Gateway(g.getIp(), g.getMac(), g.getInterfaceName())),
                n.hasWifi() ? new Network.Wifi(n.getWifi().getSsid(), n.getWifi().getBssid(), n.getWifi().getSignalDbm(),
                        clampInt(n.getWifi().getFrequencyMhz())) : null,
                map(n.getVisibleAccessPointsList(), a -> new Network.AccessPoint(a.getSsid(), a.getBssid(),
                        a.getSignalDbm(), clampInt(a.getFrequencyMhz()))),
                n.getDnsServersList(),
                map(n.getVpnClientsList(), v -> new Network.VpnClient(v.getMatchedTool(), v.getEvidence(),
                        v.getRunning())));
    }

    private static Network.Interface networkInterface(dev.farmguard.proto.v1.NetworkInterface i) {
        Network.InterfaceType type = switch (i.getType()) {
            case INTERFACE_TYPE_ETHERNET -> Network.InterfaceType.ETHERNET;
            case INTERFACE_TYPE_WIFI -> Network.InterfaceType.WIFI;
            case INTERFACE_TYPE_LOOPBACK -> Network.InterfaceType.LOOPBACK;
            case INTERFACE_TYPE_TUNNEL -> Network.InterfaceType.TUNNEL;
            case INTERFACE_TYPE_VIRTUAL -> Network.InterfaceType.VIRTUAL;
            case INTERFACE_TYPE_CELLULAR -> Network.InterfaceType.CELLULAR;
            case INTERFACE_TYPE_OTHER -> Network.InterfaceType.OTHER;
            default -> Network.InterfaceType.UNKNOWN;
        };
        return new Network.Interface(i.getName(), i.getDisplayName(), i.getMac(), type, i.getIpv4AddressesList(),
                i.getIpv6AddressesList(), i.getUp(), i.getSpeedBps());
    }
}
