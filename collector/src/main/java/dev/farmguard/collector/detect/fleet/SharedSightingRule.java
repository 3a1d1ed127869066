package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.model.Finding.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The same thing seen on laptops of two or more employees. {@code remote_control.shared_peer} (high): one remote
 * operator (the same AnyDesk/TeamViewer id, or the same public address) drove them; IT's sanctioned sessions are
 * left out when the facts are extracted. {@code ip_kvm.shared_identity} (high): one IP-KVM identity (USB ids,
 * strings and serial, or EDID identity and serial) appears on them.
 */
final class SharedSightingRule {

    private static final int MAX_OTHERS = 10;

    private final String rule;
    private final String what;
    private final Function<DeviceTrack, Map<String, Long>> sightings;

    private SharedSightingRule(String rule, String what, Function<DeviceTrack, Map<String, Long>> sightings) {
        this.rule = rule;
        this.what = what;
        this.sightings = sightings;
    }

    static SharedSightingRule peers() {
        return new SharedSightingRule("remote_control.shared_peer", "remote peer", t -> t.peers);
    }

    static SharedSightingRule kvms() {
        return new SharedSightingRule("ip_kvm.shared_identity", "IP-KVM identity", t -> t.kvms);
    }

    void apply(FleetContext ctx) {
        Map<String, Set<Integer>> tracksBySighting = new HashMap<>();
        for (int i = 0; i < ctx.tracks.size(); i++) {
            for (String key : sightings.apply(ctx.tracks.get(i)).keySet()) {
                tracksBySighting.computeIfAbsent(key, k -> new HashSet<>()).add(i);
            }
        }
        Map<Integer, TreeMap<String, Set<Integer>>> perTrack = new TreeMap<>();
        tracksBySighting.forEach((key, tracks) -> {
            Set<Integer> employees = new HashSet<>();
            tracks.forEach(t -> employees.add(ctx.employee[t]));
            if (employees.size() >= 2) {
                tracks.forEach(t -> perTrack.computeIfAbsent(t, x -> new TreeMap<>()).put(key, tracks));
            }
        });
        perTrack.forEach((track, shared) -> {
            String self = ctx.tracks.get(track).deviceId;
            TreeSet<String> others = new TreeSet<>();
            shared.values().forEach(ts -> ts.forEach(t -> others.add(ctx.tracks.get(t).deviceId)));
            others.remove(self);
            Map.Entry<String, Set<Integer>> widest = shared.entrySet().stream()
                    .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow();
            ctx.add(self, Findings.of(rule, Severity.HIGH, "the " + what + " " + widest.getKey() + " also appears on "
                            + (widest.getValue().size() - 1) + " other laptop(s)")
                    .with("shared", List.copyOf(shared.keySet()))
                    .with("otherDevices", others.stream().limit(MAX_OTHERS).toList())
                    .with("otherDeviceCount", others.size())
                    .build());
        });
    }
}
