package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.Thresholds;
import dev.farmguard.collector.model.Finding.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code colocation.shared_network}: laptops of more than {@code housemate-limit} employees on one home network
 * at the same time, by public address (IPv4, or the IPv6 /64), default-gateway MAC or Wi-Fi BSSID. Offices and
 * VPN/hosting exits are left out when the facts are extracted. Medium above the housemate limit, high from
 * {@code colocation-high} employees, critical from {@code colocation-critical}. "At the same time" means at one
 * moment: a hotel's guests who come and go one after another never add up. A device that spent less than half
 * of its observed time on the shared network is visiting (a hotel, an event) and its finding is one step weaker:
 * farm laptops live on the facilitator's network.
 */
final class ColocationRule {

    private static final String[] KINDS = {"public address", "gateway MAC", "Wi-Fi access point"};
    private static final int MAX_OTHERS = 10;

    /** One device's stay on one network: consecutive runs with the same key. */
    private record Stay(int key, long start, long end, int track) {}

    /**
     * The strongest sharing one device showed on one kind of network.
     *
     * @param share share of the device's observed time spent on that network
     */
    private record Shared(String kind, String network, int employees, List<String> others, long from, long to,
                          double share) {}

    /** A device seen on the shared network for less than this share of its time is visiting (a hotel, an event). */
    static final double RESIDENT_SHARE = 0.5;
    private static final long MIN_RUN_MILLIS = 3_600_000L;

    void apply(FleetContext ctx) {
        Thresholds t = ctx.config.thresholds();
        long[] observed = new long[ctx.tracks.size()];
        for (int i = 0; i < observed.length; i++) {
            for (Run r : ctx.tracks.get(i).runs) {
                observed[i] += Math.max(MIN_RUN_MILLIS, r.end - r.start);
            }
        }
        Map<Integer, List<Shared>> perTrack = new HashMap<>();
        for (int kind = 0; kind < KINDS.length; kind++) {
            Stays stays = stays(ctx, kind);
            long[] order = new long[stays.size];
            for (int i = 0; i < order.length; i++) {
                order[i] = ((long) stays.key[i] << 32) | i;
            }
            Arrays.sort(order);
            int from = 0;
            while (from < order.length) {
                int key = (int) (order[from] >>> 32);
                int to = from;
                while (to < order.length && (int) (order[to] >>> 32) == key) {
                    to++;
                }
                if (to - from > t.housemateLimit()) {
                    List<Stay> group = new ArrayList<>(to - from);
                    for (int i = from; i < to; i++) {
                        group.add(stays.get((int) order[i]));
                    }
                    group(ctx, KINDS[kind], group, t.housemateLimit(), observed, perTrack);
                }
                from = to;
            }
        }
        perTrack.keySet().stream().sorted().forEach(track -> report(ctx, track, perTrack.get(track), t));
    }

    /** Stays of all devices on one kind of network, in primitive arrays (a 100,000-laptop fleet has ~500,000). */
    private static final class Stays {
        int size;
        int[] key = new int[1024];
        long[] start = new long[1024];
        long[] end = new long[1024];
        int[] track = new int[1024];

        void add(int k, long s, long e, int t) {
            if (size == key.length) {
                int n = size * 2;
                key = Arrays.copyOf(key, n);
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                track = Arrays.copyOf(track, n);
            }
            key[size] = k;
            start[size] = s;
            end[size] = e;
            track[size] = t;
            size++;
        }

        Stay get(int i) {
            return new Stay(key[i], start[i], end[i], track[i]);
        }
    }

    private static Stays stays(FleetContext ctx, int kind) {
        Stays out = new Stays();
        for (int i = 0; i < ctx.tracks.size(); i++) {
            int key = -1;
            long start = 0;
            long end = 0;
            for (Run r : ctx.tracks.get(i).runs) {
                int k = kind == 0 ? r.household : kind == 1 ? r.gateway : r.bssid;
                if (k == key && k >= 0 && r.start - end <= DeviceTrack.RUN_GAP_MILLIS) {
                    end = Math.max(end, r.end);
                    continue;
                }
                if (key >= 0) {
                    out.add(key, start, end, i);
                }
                key = k;
                start = r.start;
                end = r.end;
            }
            if (key >= 0) {
                out.add(key, start, end, i);
            }
        }
        return out;
    }

    /** Peak number of employees present at once during each stay of one network. */
    private static void group(FleetContext ctx, String kind, List<Stay> group, int limit, long[] observed,
                              Map<Integer, List<Shared>> perTrack) {
        Set<Integer> employees = new HashSet<>();
        group.forEach(s -> employees.add(ctx.employee[s.track()]));
        if (employees.size() <= limit) {
            return;
        }
        int n = group.size();
        Stay[] byStart = group.toArray(new Stay[0]);
        Arrays.sort(byStart, (a, b) -> Long.compare(a.start(), b.start()));
        long[] ends = new long[n];
        int[] endEmployee = new int[n];
        Integer[] endOrder = new Integer[n];
        for (int i = 0; i < n; i++) {
            endOrder[i] = i;
        }
        Arrays.sort(endOrder, (a, b) -> Long.compare(byStart[a].end(), byStart[b].end()));
        for (int i = 0; i < n; i++) {
            ends[i] = byStart[endOrder[i]].end();
            endEmployee[i] = ctx.employee[byStart[endOrder[i]].track()];
        }
        long[] startTimes = new long[n];
        int[] peakAfterStart = new int[n];
        Map<Integer, Integer> present = new HashMap<>();
        int e = 0;
        for (int i = 0; i < n; i++) {
            long at = byStart[i].start();
            while (e < n && ends[e] < at) { // a stay ending at the same moment another starts still overlaps it
                present.computeIfPresent(endEmployee[e], (k, c) -> c == 1 ? null : c - 1);
                e++;
            }
            present.merge(ctx.employee[byStart[i].track()], 1, Integer::sum);
            startTimes[i] = at;
            peakAfterStart[i] = present.size();
        }
        RangeMax peaks = new RangeMax(peakAfterStart);
        Map<Integer, Long> timeHere = new HashMap<>();
        group.forEach(g -> timeHere.merge(g.track(), Math.max(MIN_RUN_MILLIS, g.end() - g.start()), Long::sum));
        TreeSet<String> devices = new TreeSet<>();
        group.forEach(s -> devices.add(ctx.tracks.get(s.track()).deviceId));
        String network = ctx.index.key(group.get(0).key());
        network = network.substring(network.indexOf(' ') + 1);
        for (int i = 0; i < n; i++) {
            Stay s = byStart[i];
            int hi = upperBound(startTimes, s.end()) - 1;
            int peak = peaks.max(i, Math.max(i, hi));
            if (peak <= limit) {
                continue;
            }
            String self = ctx.tracks.get(s.track()).deviceId;
            List<String> others = devices.stream().filter(d -> !d.equals(self)).limit(MAX_OTHERS).toList();
            double share = Math.min(1.0, (double) timeHere.get(s.track()) / observed[s.track()]);
            perTrack.computeIfAbsent(s.track(), k -> new ArrayList<>())
                    .add(new Shared(kind, network, peak, others, s.start(), s.end(), share));
        }
    }

    private static void report(FleetContext ctx, int track, List<Shared> shared, Thresholds t) {
        Map<String, Shared> bestPerKind = new LinkedHashMap<>();
        for (Shared s : shared) {
            bestPerKind.merge(s.kind(), s, (a, b) -> b.employees() > a.employees() ? b : a);
        }
        Shared top = bestPerKind.values().stream().max((a, b) -> Integer.compare(a.employees(), b.employees()))
                .orElseThrow();
        Severity severity = top.employees() >= t.colocationCritical() ? Severity.CRITICAL
                : top.employees() >= t.colocationHigh() ? Severity.HIGH : Severity.MEDIUM;
        boolean visiting = top.share() < RESIDENT_SHARE;
        if (visiting) { // a farm laptop lives on the network; a visitor's laptop was elsewhere most of the time
            severity = Severity.values()[severity.ordinal() - 1];
        }
        List<Map<String, Object>> networks = new ArrayList<>();
        for (Shared s : bestPerKind.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", s.kind());
            m.put("network", s.network());
            m.put("employeesAtOnce", s.employees());
            m.put("from", Instant.ofEpochMilli(s.from()).toString());
            m.put("to", Instant.ofEpochMilli(s.to()).toString());
            m.put("shareOfTimeHere", Math.round(s.share() * 100) / 100.0);
            m.put("otherDevices", s.others());
            networks.add(m);
        }
        ctx.add(ctx.tracks.get(track).deviceId, Findings.of("colocation.shared_network", severity,
                        top.employees() + " employees' laptops on one " + top.kind() + " at the same time ("
                                + top.network() + ")")
                .with("employeesAtOnce", top.employees())
                .with("housemateLimit", t.housemateLimit())
                .with("visiting", visiting)
                .with("networks", networks)
                .build());
    }

    private static int upperBound(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
