package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.IpFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the fleet rules reason over, in memory: per device, runs of check-ins on the same networks, with
 * network identities interned to ints so the rules can sort and group them fast. Not thread-safe: one fleet run
 * at a time updates and reads it.
 */
public final class FleetIndex {

    private final Map<String, DeviceTrack> tracks = new HashMap<>();
    private final Map<String, Integer> ips = new HashMap<>();
    private final Map<String, Integer> households = new HashMap<>();
    private final Map<String, Integer> gateways = new HashMap<>();
    private final Map<String, Integer> bssids = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final Map<Integer, IpFacts> ipFacts = new HashMap<>();
    private long asOf = Long.MIN_VALUE;
    private List<DeviceTrack> sorted;

    /** Adds a snapshot's facts; adding the same facts again changes nothing. */
    public void add(FleetFacts f) {
        DeviceTrack track = tracks.get(f.deviceId());
        if (track == null) {
            track = new DeviceTrack(f.deviceId());
            tracks.put(f.deviceId(), track);
            sorted = null;
        }
        int ip = f.ip().ip() == null || f.ip().ip().isBlank() ? -1 : intern(ips, "ip", f.ip().ip());
        if (ip >= 0) {
            ipFacts.putIfAbsent(ip, f.ip());
        }
        track.add(f.time(), ip, intern(households, "household", f.household()),
                intern(gateways, "gateway", f.gatewayMac()), intern(bssids, "bssid", f.bssid()), f.tunnel());
        for (FleetFacts.Sighting p : f.peers()) {
            track.peers.merge(p.key(), p.time(), Math::max);
        }
        for (FleetFacts.Sighting k : f.kvms()) {
            track.kvms.merge(k.key(), k.time(), Math::max);
        }
        asOf = Math.max(asOf, f.time());
    }

    /** Forgets what ended more than {@code window} before the newest check-in. */
    public void prune(Duration window) {
        if (asOf == Long.MIN_VALUE) {
            return;
        }
        long cutoff = asOf - window.toMillis();
        tracks.values().forEach(t -> t.prune(cutoff));
        if (tracks.values().removeIf(DeviceTrack::isEmpty)) {
            sorted = null;
        }
        if (keys.size() > 4 * runs() + 10_000) {
            compact();
        }
    }

    /** Drops interned keys no run uses any more (addresses of long ago), so memory follows the window. */
    private void compact() {
        Map<String, Integer> newIds = new HashMap<>();
        List<String> newKeys = new ArrayList<>();
        Map<Integer, IpFacts> newFacts = new HashMap<>();
        java.util.function.IntUnaryOperator remap = old -> {
            if (old < 0) {
                return -1;
            }
            String key = keys.get(old);
            return newIds.computeIfAbsent(key, k -> {
                newKeys.add(k);
                return newKeys.size() - 1;
            });
        };
        List<Map<String, Integer>> tables = List.of(ips, households, gateways, bssids);
        for (DeviceTrack t : tracks.values()) {
            for (int i = 0; i < t.runs.size(); i++) {
                Run r = t.runs.get(i);
                int ip = remap.applyAsInt(r.ip);
                if (ip >= 0 && ipFacts.containsKey(r.ip)) {
                    newFacts.put(ip, ipFacts.get(r.ip));
                }
                t.runs.set(i, new Run(r.start, r.end, ip, remap.applyAsInt(r.household),
                        remap.applyAsInt(r.gateway), remap.applyAsInt(r.bssid), r.tunnel));
            }
        }
        tables.forEach(Map::clear);
        newIds.forEach((key, id) -> {
            int space = key.indexOf(' ');
            String kind = key.substring(0, space);
            Map<String, Integer> table = kind.equals("ip") ? ips : kind.equals("household") ? households
                    : kind.equals("gateway") ? gateways : bssids;
            table.put(key.substring(space + 1), id);
        });
        keys.clear();
        keys.addAll(newKeys);
        ipFacts.clear();
        ipFacts.putAll(newFacts);
    }

    /** The newest check-in of the fleet (event time), EPOCH when empty. */
    public Instant asOf() {
        return asOf == Long.MIN_VALUE ? Instant.EPOCH : Instant.ofEpochMilli(asOf);
    }

    public int devices() {
        return tracks.size();
    }

    /** Runs of all devices (for sizing and benchmarks). */
    public long runs() {
        return tracks.values().stream().mapToLong(t -> t.runs.size()).sum();
    }

    /** Tracks ordered by device id, so every rule walks the fleet in the same order (sorted again only when devices come or go). */
    List<DeviceTrack> tracks() {
        if (sorted == null) {
            List<DeviceTrack> out = new ArrayList<>(tracks.values());
            out.sort(Comparator.comparing(t -> t.deviceId));
            sorted = List.copyOf(out);
        }
        return sorted;
    }

    String key(int id) {
        return keys.get(id);
    }

    IpFacts ipFacts(int ipKey) {
        return ipFacts.get(ipKey);
    }

    /** Interns a value of one kind; {@link #key(int)} reads it back as "kind value". */
    private int intern(Map<String, Integer> table, String kind, String value) {
        if (value == null) {
            return -1;
        }
        Integer id = table.get(value);
        if (id == null) {
            id = keys.size();
            table.put(value, id);
            keys.add(kind + " " + value);
        }
        return id;
    }
}
