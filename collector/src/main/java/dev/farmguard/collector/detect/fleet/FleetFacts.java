package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.IpFacts;
import java.util.List;

/**
 * The few facts of one snapshot the fleet rules need, extracted once when the snapshot is read.
 *
 * @param time        collection time, epoch milliseconds
 * @param ip          what is known about the public address
 * @param household   co-location key of the public address (IPv4, IPv6 /64), null when unusable, an office,
 *                    or a VPN/hosting exit
 * @param gatewayMac  the default gateway's MAC, null when unknown or an office router
 * @param bssid       the joined Wi-Fi access point, null when none or an office access point
 * @param tunnel      a VPN tunnel was up: the address says nothing about where the laptop is
 * @param peers       who connected in (remote-tool ids and addresses), the IT department's sessions left out
 * @param kvms        identities of IP-KVM USB gadgets and displays seen
 */
public record FleetFacts(String deviceId, long time, IpFacts ip, String household, String gatewayMac, String bssid,
                         boolean tunnel, List<Sighting> peers, List<Sighting> kvms) {

    public FleetFacts {
        peers = List.copyOf(peers);
        kvms = List.copyOf(kvms);
    }

    /** Something seen at an event time (epoch milliseconds). */
    public record Sighting(String key, long time) {}
}
