package dev.farmguard.collector.detect.fleet;

/**
 * Consecutive check-ins of one device on the same networks: from the first to the last check-in (epoch ms).
 * Keys are interned strings of the {@link FleetIndex}; -1 means none. A run also remembers in which hours of the
 * (UTC) day and on which days it had check-ins, since its span hides the gaps when the device slept: a farm laptop
 * reports round the clock, an office or coworking laptop only by day.
 */
final class Run {

    long start;
    long end;
    final int ip;
    final int household;
    final int gateway;
    final int bssid;
    final boolean tunnel;
    /** Bit h set: a check-in in UTC hour h of some day. */
    int hours;
    /** Bit d set: a check-in on an epoch day whose number modulo 64 is d (windows are shorter than 64 days). */
    long days;

    Run(long start, long end, int ip, int household, int gateway, int bssid, boolean tunnel) {
        this.start = start;
        this.end = end;
        this.ip = ip;
        this.household = household;
        this.gateway = gateway;
        this.bssid = bssid;
        this.tunnel = tunnel;
        mark(start);
    }

    private static final long HOUR_MILLIS = 3_600_000L;

    /** Notes a check-in at {@code t} (idempotent: a check-in read twice changes nothing). */
    void mark(long t) {
        hours |= 1 << (int) Math.floorMod(Math.floorDiv(t, HOUR_MILLIS), 24L);
        days |= 1L << (int) Math.floorMod(Math.floorDiv(t, 24 * HOUR_MILLIS), 64L);
    }

    boolean sameNetworks(Run o) {
        return ip == o.ip && household == o.household && gateway == o.gateway && bssid == o.bssid
                && tunnel == o.tunnel;
    }

    Run copy(long newStart, long newEnd) {
        Run copy = new Run(newStart, newEnd, ip, household, gateway, bssid, tunnel);
        copy.hours = hours;
        copy.days = days;
        return copy;
    }
}
