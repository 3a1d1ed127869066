package dev.farmguard.collector.detect.fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One device as the fleet rules keep it: its check-ins compressed into runs on the same networks (sorted by
 * time), and the remote peers and IP-KVM identities it showed, each with when it was last seen. Adding the same
 * check-in twice changes nothing, so overlapping reads of the store are harmless.
 */
final class DeviceTrack {

    /** Check-ins further apart than this never join one run: the device may have been elsewhere meanwhile. */
    static final long RUN_GAP_MILLIS = 24L * 3600 * 1000;

    final String deviceId;
    final List<Run> runs = new ArrayList<>();
    final Map<String, Long> peers = new HashMap<>();
    final Map<String, Long> kvms = new HashMap<>();
    long lastSeen = Long.MIN_VALUE;

    DeviceTrack(String deviceId) {
        this.deviceId = deviceId;
    }

    /** Adds one check-in; the common case (the next check-in on the same networks) allocates nothing. */
    void add(long t, int ip, int household, int gateway, int bssid, boolean tunnel) {
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (t >= last.end && t - last.end <= RUN_GAP_MILLIS && last.ip == ip && last.household == household
                    && last.gateway == gateway && last.bssid == bssid && last.tunnel == tunnel) {
                last.end = t;
                last.mark(t);
                lastSeen = Math.max(lastSeen, t);
                return;
            }
        }
        add(new Run(t, t, ip, household, gateway, bssid, tunnel));
    }

    /** Adds one check-in at {@code check.start} (a one-point run). */
    void add(Run check) {
        long t = check.start;
        lastSeen = Math.max(lastSeen, t);
        int i = lastStartingAtOrBefore(t);
        if (i >= 0) {
            Run r = runs.get(i);
            if (t <= r.end) {
                if (!r.sameNetworks(check)) {
                    split(i, r, check);
                } else {
                    r.mark(t);
                }
                return;
            }
            boolean nextStartsLater = i + 1 == runs.size() || runs.get(i + 1).start > t;
            if (r.sameNetworks(check) && t - r.end <= RUN_GAP_MILLIS && nextStartsLater) {
                r.end = t;
                r.mark(t);
                return;
            }
        }
        if (i + 1 < runs.size()) {
            Run next = runs.get(i + 1);
            if (next.sameNetworks(check) && next.start - t <= RUN_GAP_MILLIS) {
                next.start = t;
                next.mark(t);
                return;
            }
        }
        runs.add(i + 1, check);
    }

    /** A check-in inside a run on other networks: the run is cut around it (a late, out-of-order report). */
    private void split(int i, Run r, Run check) {
        List<Run> parts = new ArrayList<>(3);
        if (r.start <= check.start - 1) {
            parts.add(r.copy(r.start, check.start - 1));
        }
        parts.add(check);
        if (check.start + 1 <= r.end) {
            parts.add(r.copy(check.start + 1, r.end));
        }
        runs.remove(i);
        runs.addAll(i, parts);
    }

    private int lastStartingAtOrBefore(long t) {
        int lo = 0;
        int hi = runs.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (runs.get(mid).start <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Forgets everything that ended before {@code cutoff}; runs reaching into the window are cut at it. */
    void prune(long cutoff) {
        runs.removeIf(r -> r.end < cutoff);
        for (Run r : runs) {
            r.start = Math.max(r.start, cutoff);
        }
        peers.values().removeIf(t -> t < cutoff);
        kvms.values().removeIf(t -> t < cutoff);
    }

    boolean isEmpty() {
        return runs.isEmpty() && peers.isEmpty() && kvms.isEmpty();
    }
}
