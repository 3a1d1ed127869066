package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.model.Finding.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The same thing seen on laptops of two or more employees. {@code remote_control.shared_peer} (high): one remote
 * operator (the same AnyDesk/TeamViewer id, or the same public address) drove them; IT's sanctioned sessions are
 * left out when the facts are extracted. {@code ip_kvm.shared_identity} (high): one IP-KVM identity (USB ids,
 * strings and serial, or EDID identity and serial) appears on them. An identity that is itself IP-KVM evidence
 * counts wherever the laptops are; one that only weak tells point at (no size, unknown identity: what an ordinary
 * TV or monitor model seen in many homes can show) counts only among laptops that also shared a network at
 * overlapping times ({@link SharedNetworks}).
 */
final class SharedSightingRule {

    private static final int MAX_OTHERS = 10;

    private final String rule;
    private final String what;
    private final Function<DeviceTrack, Map<String, Long>> sightings;
    private final Predicate<String> needsColocation;
    private final String basis;

    private SharedSightingRule(String rule, String what, Function<DeviceTrack, Map<String, Long>> sightings,
                               Predicate<String> needsColocation, String basis) {
        this.rule = rule;
        this.what = what;
        this.sightings = sightings;
        this.needsColocation = needsColocation;
        this.basis = basis;
    }

    static SharedSightingRule peers() {
        return new SharedSightingRule("remote_control.shared_peer", "remote peer", t -> t.peers, k -> false,
                "one remote operator");
    }

    static SharedSightingRule kvms() {
        return new SharedSightingRule("ip_kvm.shared_identity", "IP-KVM identity", t -> t.kvms,
                KvmSightings::isWeak, "the identity is IP-KVM evidence");
    }

    void apply(FleetContext ctx) {
        Map<String, List<Integer>> tracksBySighting = new HashMap<>();
        for (int i = 0; i < ctx.tracks.size(); i++) {
            for (String key : sightings.apply(ctx.tracks.get(i)).keySet()) {
                tracksBySighting.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        // per device, the shared sightings it takes part in (tracks are in device-id order, so lists are sorted)
        Map<Integer, TreeMap<String, List<Integer>>> perTrack = new TreeMap<>();
        tracksBySighting.forEach((key, tracks) -> {
            if (tracks.size() < 2) {
                return;
            }
            List<List<Integer>> groups = needsColocation.test(key) ? SharedNetworks.colocatedGroups(ctx, tracks)
                    : twoEmployeesOrMore(ctx, tracks) ? List.of(tracks) : List.of();
            for (List<Integer> group : groups) {
                group.forEach(x -> perTrack.computeIfAbsent(x, y -> new TreeMap<>()).put(key, group));
            }
        });
        perTrack.forEach((track, shared) -> report(ctx, track, shared));
    }

    private static boolean twoEmployeesOrMore(FleetContext ctx, List<Integer> tracks) {
        Set<Integer> employees = new HashSet<>();
        for (int t : tracks) {
            employees.add(ctx.employee[t]);
            if (employees.size() >= 2) {
                return true;
            }
        }
        return false;
    }

    private void report(FleetContext ctx, int track, TreeMap<String, List<Integer>> shared) {
        String self = ctx.tracks.get(track).deviceId;
        TreeSet<String> others = new TreeSet<>();
        int widest = 0;
        String widestKey = "";
        for (Map.Entry<String, List<Integer>> e : shared.entrySet()) {
            for (int t : e.getValue()) {
                if (t != track && others.size() < MAX_OTHERS) {
                    others.add(ctx.tracks.get(t).deviceId);
                }
            }
            if (e.getValue().size() > widest) {
                widest = e.getValue().size();
                widestKey = e.getKey();
            }
        }
        boolean colocated = needsColocation.test(widestKey);
        List<String> keys = shared.keySet().stream().map(KvmSightings::describe).toList();
        ctx.add(self, Findings.of(rule, Severity.HIGH, "the " + what + " " + KvmSightings.describe(widestKey)
                        + " also appears on " + (widest - 1) + " other laptop(s)"
                        + (colocated ? " that shared its network at the same time" : ""))
                .with("shared", keys.subList(0, Math.min(MAX_OTHERS, keys.size())))
                .with("otherDevices", List.copyOf(others))
                .with("otherDeviceCount", widest - 1)
                .with("basis", colocated ? "weak IP-KVM tells, on laptops that shared a network" : basis)
                .build());
    }
}
