package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.model.DeviceSnapshot;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Distinct things (USB devices, displays) seen across a device's history, each with how often and when it was
 * last seen, so a rule judges each thing once rather than once per snapshot.
 */
final class Sightings<K, T> {

    /** One distinct thing: its newest report, in how many snapshots it appeared, and when last. */
    record Seen<T>(T item, int snapshots, Instant lastSeen) {}

    private final Map<K, Seen<T>> seen = new LinkedHashMap<>();
    private final int total;

    private Sightings(int total) {
        this.total = total;
    }

    static <K, T> Sightings<K, T> over(List<DeviceSnapshot> history, Function<DeviceSnapshot, List<T>> items,
                                       Function<T, K> key) {
        Sightings<K, T> s = new Sightings<>(history.size());
        for (DeviceSnapshot snapshot : history) {
            java.util.Set<K> inThisSnapshot = new java.util.HashSet<>();
            for (T item : items.apply(snapshot)) {
                K k = key.apply(item);
                if (inThisSnapshot.add(k)) {
                    Seen<T> before = s.seen.get(k);
                    int count = before == null ? 1 : before.snapshots() + 1;
                    s.seen.put(k, new Seen<>(item, count, snapshot.collectedAt()));
                }
            }
        }
        return s;
    }

    Iterable<Seen<T>> all() {
        return seen.values();
    }

    int totalSnapshots() {
        return total;
    }
}
