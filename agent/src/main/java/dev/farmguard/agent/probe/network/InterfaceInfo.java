package dev.farmguard.agent.probe.network;

import java.util.List;

/**
 * One network interface.
 *
 * @param mac      lower-case colon-separated hex, "" if none
 * @param up       administratively and operationally up
 * @param speedBps link speed in bit/s, 0 if unknown
 */
public record InterfaceInfo(String name, String displayName, String mac, InterfaceKind kind,
                            List<String> ipv4Addresses, List<String> ipv6Addresses, boolean up, long speedBps) {

    public InterfaceInfo {
        ipv4Addresses = List.copyOf(ipv4Addresses);
        ipv6Addresses = List.copyOf(ipv6Addresses);
    }
}
