package dev.farmguard.collector.triage;

import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.detect.engine.FindingSuppressions;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.FindingSuppression;
import dev.farmguard.collector.net.IpLiteral;
import dev.farmguard.collector.store.DeviceSummary;
import dev.farmguard.collector.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The suppressions in force, held in memory so scoring a device costs no query, and kept in step with the store by
 * {@link #refresh()}. Expiry is checked against the clock at scoring time, so an expired suppression stops counting
 * even before the next refresh.
 */
public final class SuppressionIndex implements FindingSuppressions {

    private final Store store;
    private final Clock clock;
    /** Active suppressions by id, as of the last refresh (replaced whole, never mutated). */
    private volatile Map<String, Suppression> active = Map.of();
    /** The same suppressions by rule, networks parsed once: scoring looks up only its finding's rule. */
    private volatile Map<String, List<Covering>> byRule = Map.of();

    /** A suppression with its network parsed (null for a device suppression). */
    private record Covering(Suppression suppression, Cidr network) {

        boolean covers(String deviceId, Supplier<String> publicIp) {
            if (network == null) {
                return suppression.deviceId().equals(deviceId);
            }
            String ip = publicIp.get();
            return ip != null && IpLiteral.parse(ip).map(network::contains).orElse(false);
        }
    }

    public SuppressionIndex(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Finding> mark(String deviceId, Supplier<String> publicIp, List<Finding> findings) {
        Map<String, List<Covering>> rules = byRule;
        if (rules.isEmpty()) {
            return findings;
        }
        Instant at = clock.instant();
        Supplier<String> ipOnce = new Supplier<>() {
            private String ip;
            private boolean read;

            @Override
            public String get() {
                if (!read) {
                    ip = publicIp.get();
                    read = true;
                }
                return ip;
            }
        };
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Suppression cover = null;
            for (Covering c : rules.getOrDefault(f.rule(), List.of())) {
                if (c.suppression().activeAt(at) && c.covers(deviceId, ipOnce)) {
                    cover = c.suppression();
                    break;
                }
            }
            out.add(cover == null ? f : f.suppressedBy(new FindingSuppression(cover.id(), cover.reason(),
                    cover.expiresAt())));
        }
        return out;
    }

    /**
     * Reloads the active suppressions; returns the devices whose scoring may have changed since the last refresh
     * (covered by a suppression that began, ended, expired or was removed), for re-scoring.
     */
    public Set<String> refresh() {
        Map<String, Suppression> fresh = new HashMap<>();
        store.suppressions().active(clock.instant()).forEach(s -> fresh.put(s.id(), s));
        Map<String, Suppression> old = active;
        Map<String, List<Covering>> rules = new HashMap<>();
        // oldest first, so the mark names the same suppression every time
        fresh.values().stream().sorted(java.util.Comparator.comparing(Suppression::createdAt)
                        .thenComparing(Suppression::id))
                .forEach(s -> rules.computeIfAbsent(s.rule(), r -> new ArrayList<>()).add(new Covering(s,
                        s.network() == null ? null : Cidr.parse(s.network()))));
        byRule = Map.copyOf(rules);
        active = Map.copyOf(fresh);
        List<Suppression> changed = new ArrayList<>();
        fresh.forEach((id, s) -> {
            if (!old.containsKey(id)) {
                changed.add(s);
            }
        });
        old.forEach((id, s) -> {
            if (!fresh.containsKey(id)) {
                changed.add(s);
            }
        });
        return devicesCoveredBy(changed);
    }

    private Set<String> devicesCoveredBy(List<Suppression> suppressions) {
        Set<String> devices = new TreeSet<>();
        boolean anyNetwork = false;
        for (Suppression s : suppressions) {
            if (s.deviceId() != null) {
                devices.add(s.deviceId());
            } else {
                anyNetwork = true;
            }
        }
        if (anyNetwork) {
            for (DeviceSummary d : store.devices()) {
                for (Suppression s : suppressions) {
                    if (s.network() != null && s.covers(s.rule(), d.deviceId(), d.publicIp())) {
                        devices.add(d.deviceId());
                    }
                }
            }
        }
        return devices;
    }
}
