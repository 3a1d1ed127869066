package dev.farmguard.agent.probe.network;

/** Kind of network interface. */
public enum InterfaceKind {
    UNKNOWN,
    ETHERNET,
    WIFI,
    LOOPBACK,
    /** tun/tap/WireGuard/PPP/IP tunnels: VPN-like. */
    TUNNEL,
    /** Bridges, veth, bonds, dummy and hypervisor adapters. */
    VIRTUAL,
    CELLULAR,
    OTHER
}
