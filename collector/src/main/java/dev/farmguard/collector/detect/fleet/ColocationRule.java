package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.Thresholds;
import dev.farmguard.collector.model.Finding.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code colocation.shared_network}: laptops of more than {@code housemate-limit} employees on one network at the
 * same time, by default-gateway MAC, Wi-Fi BSSID, or public address (IPv4, or the IPv6 /64) where the gateway is
 * unknown: laptops behind different routers are in different places, however many share a carrier's or a company
 * VPN's address. Offices, VPN/hosting exits and addresses seen through a tunnel are left out when the facts are
 * extracted. "At the same time" means at one moment: a hotel's guests who come and go one after another never add
 * up.
 *
 * <p>A farm is persistent and round the clock: its laptops live on the facilitator's network. So the finding is
 * graded by employees at once (medium above the housemate limit, high from {@code colocation-high}, critical from
 * {@code colocation-critical}) only for a device that lives there: at least half of its time
 * ({@link #RESIDENT_SHARE}), on nearly every day it reported ({@link #PERSISTENT_DAYS}) and in most hours of the day
 * ({@link #ROUND_THE_CLOCK_HOURS}). People who share a coworking space or an offsite by day and go home at night, or
 * who spend a few days at a conference hotel, get a low finding.
 */
final class ColocationRule {

    private static final String[] KINDS = {"public address", "gateway MAC", "Wi-Fi access point"};
    private static final int MAX_OTHERS = 10;

    /** One device's stay on one network: consecutive runs with the same key, with their hours and days marks. */
    private record Stay(int key, long start, long end, int track, int hours, long days) {}

    /**
     * The strongest sharing one device showed on one kind of network.
     *
     * @param share share of the device's observed time spent on that network
     */
    private record Shared(String kind, String network, int employees, List<String> others, long from, long to,
                          double share, int hoursOfDay, int daysHere, int daysObserved) {

        /** The device lives on this network: most of its time, nearly every day, round the clock. */
        boolean lives() {
            return share >= RESIDENT_SHARE && hoursOfDay >= ROUND_THE_CLOCK_HOURS
                    && daysHere >= PERSISTENT_DAYS * daysObserved;
        }
    }

    /** A device seen on the shared network for less than this share of its time is visiting (a hotel, an event). */
    static final double RESIDENT_SHARE = 0.5;
    /** ...or on fewer than this share of the days it reported (a conference, weekdays at a coworking space). */
    static final double PERSISTENT_DAYS = 0.8;
    /** ...or in fewer hours of the day than this (people go home at night; farm laptops never leave). */
    static final int ROUND_THE_CLOCK_HOURS = 16;
    private static final long MIN_RUN_MILLIS = 3_600_000L;

    void apply(FleetContext ctx) {
        Thresholds t = ctx.config.thresholds();
        long[] observed = new long[ctx.tracks.size()];
        long[] observedDays = new long[ctx.tracks.size()];
        for (int i = 0; i < observed.length; i++) {
            for (Run r : ctx.tracks.get(i).runs) {
                observed[i] += Math.max(MIN_RUN_MILLIS, r.end - r.start);
                observedDays[i] |= r.days;
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
                    group(ctx, KINDS[kind], group, t.housemateLimit(), observed, observedDays, perTrack);
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
        int[] hours = new int[1024];
        long[] days = new long[1024];

        void add(int k, long s, long e, int t, int h, long d) {
            if (size == key.length) {
                int n = size * 2;
                key = Arrays.copyOf(key, n);
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                track = Arrays.copyOf(track, n);
                hours = Arrays.copyOf(hours, n);
                days = Arrays.copyOf(days, n);
            }
            key[size] = k;
            start[size] = s;
            end[size] = e;
            track[size] = t;
            hours[size] = h;
            days[size] = d;
            size++;
        }

        Stay get(int i) {
            return new Stay(key[i], start[i], end[i], track[i], hours[i], days[i]);
        }
    }

    private static Stays stays(FleetContext ctx, int kind) {
        Stays out = new Stays();
        for (int i = 0; i < ctx.tracks.size(); i++) {
            int key = -1;
            long start = 0;
            long end = 0;
            int hours = 0;
            long days = 0;
            for (Run r : ctx.tracks.get(i).runs) {
                int k = key(r, kind);
                if (k == key && k >= 0 && r.start - end <= DeviceTrack.RUN_GAP_MILLIS) {
                    end = Math.max(end, r.end);
                    hours |= r.hours;
                    days |= r.days;
                    continue;
                }
                if (key >= 0) {
                    out.add(key, start, end, i, hours, days);
                }
                key = k;
                start = r.start;
                end = r.end;
                hours = r.hours;
                days = r.days;
            }
            if (key >= 0) {
                out.add(key, start, end, i, hours, days);
            }
        }
        return out;
    }

    /** The run's network of this kind; a public address counts only where the router's MAC is unknown. */
    private static int key(Run r, int kind) {
        return kind == 0 ? (r.gateway >= 0 ? -1 : r.household) : kind == 1 ? r.gateway : r.bssid;
    }

    /** Peak number of employees present at once during each stay of one network. */
    private static void group(FleetContext ctx, String kind, List<Stay> group, int limit, long[] observed,
                              long[] observedDays, Map<Integer, List<Shared>> perTrack) {
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
        Map<Integer, Integer> hoursHere = new HashMap<>();
        Map<Integer, Long> daysHere = new HashMap<>();
        for (Stay g : group) {
            timeHere.merge(g.track(), Math.max(MIN_RUN_MILLIS, g.end() - g.start()), Long::sum);
            hoursHere.merge(g.track(), g.hours(), (a, b) -> a | b);
            daysHere.merge(g.track(), g.days(), (a, b) -> a | b);
        }
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
                    .add(new Shared(kind, network, peak, others, s.start(), s.end(), share,
                            Integer.bitCount(hoursHere.get(s.track())), Long.bitCount(daysHere.get(s.track())),
                            Long.bitCount(observedDays[s.track()])));
        }
    }

    private static void report(FleetContext ctx, int track, List<Shared> shared, Thresholds t) {
        Comparator<Shared> stronger = Comparator.comparing(Shared::lives).thenComparingInt(Shared::employees);
        Map<String, Shared> bestPerKind = new LinkedHashMap<>();
        for (Shared s : shared) {
            bestPerKind.merge(s.kind(), s, (a, b) -> stronger.compare(b, a) > 0 ? b : a);
        }
        Shared top = bestPerKind.values().stream().max(stronger).orElseThrow();
        Severity severity = !top.lives() ? Severity.LOW
                : top.employees() >= t.colocationCritical() ? Severity.CRITICAL
                : top.employees() >= t.colocationHigh() ? Severity.HIGH : Severity.MEDIUM;
        List<Map<String, Object>> networks = new ArrayList<>();
        for (Shared s : bestPerKind.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", s.kind());
            m.put("network", s.network());
            m.put("employeesAtOnce", s.employees());
            m.put("from", Instant.ofEpochMilli(s.from()).toString());
            m.put("to", Instant.ofEpochMilli(s.to()).toString());
            m.put("shareOfTimeHere", Math.round(s.share() * 100) / 100.0);
            m.put("hoursOfDayHere", s.hoursOfDay());
            m.put("daysHere", s.daysHere());
            m.put("daysReported", s.daysObserved());
            m.put("otherDevices", s.others());
            networks.add(m);
        }
        String how = top.lives() ? " at the same time, round the clock ("
                : " at the same time, but it does not live there (";
        ctx.add(ctx.tracks.get(track).deviceId, Findings.of("colocation.shared_network", severity,
                        top.employees() + " employees' laptops on one " + top.kind() + how + top.network() + ")")
                .with("employeesAtOnce", top.employees())
                .with("housemateLimit", t.housemateLimit())
                .with("livesThere", top.lives())
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
