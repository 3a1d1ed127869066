package dev.farmguard.collector.detect.fleet;

/**
 * Consecutive check-ins of one device on the same networks: from the first to the last check-in (epoch ms).
 * Keys are interned strings of the {@link FleetIndex}; -1 means none.
 */
final class Run {

    long start;
    long end;
    final int ip;
    final int household;
    final int gateway;
    final int bssid;
    final boolean tunnel;

    Run(long start, long end, int ip, int household, int gateway, int bssid, boolean tunnel) {
        this.start = start;
        this.end = end;
        this.ip = ip;
        this.household = household;
        this.gateway = gateway;
        this.bssid = bssid;
        this.tunnel = tunnel;
    }

    boolean sameNetworks(Run o) {
        return ip == o.ip && household == o.household && gateway == o.gateway && bssid == o.bssid
                && tunnel == o.tunnel;
    }

    Run copy(long newStart, long newEnd) {
        return new Run(newStart, newEnd, ip, household, gateway, bssid, tunnel);
    }
}
