package dev.farmguard.collector.report;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.report.FleetReport.Cluster;
import dev.farmguard.collector.report.FleetReport.DeviceRow;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Co-location clusters as the fleet rules already found them: every {@code colocation.*} finding names the network
 * (kind and value) its device shared, under {@code networks}; devices naming the same network form one cluster. Nothing is recomputed here.
 */
final class ColocationClusters {

    private static final String PREFIX = "colocation.";

    private ColocationClusters() {}

    static List<Cluster> of(List<DeviceRow> rows) {
        Map<String, String> hostnames = new HashMap<>();
        rows.forEach(r -> hostnames.put(r.deviceId(), r.hostname()));
        Map<String, Acc> byNetwork = new LinkedHashMap<>();
        for (DeviceRow r : rows) {
            for (Finding f : r.findings()) {
                if (f.rule().startsWith(PREFIX) && f.evidence().get("networks") instanceof List<?> networks) {
                    networks.forEach(n -> add(byNetwork, r.deviceId(), n));
                }
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (Acc a : byNetwork.values()) {
            List<String> ids = new ArrayList<>(a.devices);
            out.add(new Cluster(a.kind, a.network, Math.max(a.employees, 0), a.from, a.to, ids,
                    ids.stream().map(id -> hostnames.getOrDefault(id, "")).toList()));
        }
        out.sort(Comparator.comparingInt((Cluster c) -> c.deviceIds().size()).reversed()
                .thenComparing(Cluster::network));
        return out;
    }

    /** One entry of the finding's {@code networks} evidence: kind, network, employeesAtOnce, from, to, otherDevices. */
    private static void add(Map<String, Acc> byNetwork, String deviceId, Object entry) {
        if (!(entry instanceof Map<?, ?> e) || !(e.get("network") instanceof String network)) {
            return;
        }
        String kind = String.valueOf(e.get("kind") == null ? "network" : e.get("kind"));
        Acc acc = byNetwork.computeIfAbsent(kind + "\n" + network, k -> new Acc(kind, network));
        acc.devices.add(deviceId);
        if (e.get("otherDevices") instanceof List<?> others) {
            others.forEach(o -> acc.devices.add(String.valueOf(o)));
        }
        if (e.get("employeesAtOnce") instanceof Number n) {
            acc.employees = Math.max(acc.employees, n.intValue());
        }
        acc.from = earliest(acc.from, instant(e.get("from")));
        acc.to = latest(acc.to, instant(e.get("to")));
    }

    private static final class Acc {
        final String kind;
        final String network;
        final TreeSet<String> devices = new TreeSet<>();
        int employees;
        Instant from;
        Instant to;

        Acc(String kind, String network) {
            this.kind = kind;
            this.network = network;
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof String s) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
