package dev.farmguard.collector.detect;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Network;

/** Whether a snapshot was taken with a VPN tunnel up, so its public address says nothing about the person. */
public final class VpnAware {

    private VpnAware() {}

    public static boolean tunnelUp(DeviceSnapshot s) {
        Network n = s.network();
        if (n == null) {
            return false;
        }
        if (n.vpnClients().stream().anyMatch(Network.VpnClient::running)) {
            return true;
        }
        // macOS always has address-less utun interfaces (iCloud, Handoff): only a tunnel with IPv4 counts
        return n.interfaces().stream().anyMatch(i -> i.type() == Network.InterfaceType.TUNNEL && i.up()
                && !i.ipv4Addresses().isEmpty());
    }
}
