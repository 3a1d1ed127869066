package dev.farmguard.collector.alert;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A co-location cluster of farm size, as the fleet rules reported it: a {@code colocation.*} finding at high or
 * critical severity names the networks the device shares; the cluster is the one with the most employees at once
 * (ties: the smaller kind, then network, so every member names the same cluster). Read from the finding's evidence,
 * so the alert says exactly what the fleet rule concluded.
 *
 * @param devices this device and the other devices the rule listed, sorted
 */
record FarmCluster(String rule, Severity severity, String kind, String network, int employeesAtOnce,
                   List<String> devices) {

    private static final Comparator<FarmCluster> STRONGER = Comparator.comparingInt(FarmCluster::employeesAtOnce)
            .thenComparing(FarmCluster::kind, Comparator.reverseOrder())
            .thenComparing(FarmCluster::network, Comparator.reverseOrder());

    /** Identifies the cluster across runs and devices: the same network is the same cluster. */
    String key() {
        return "cluster/" + kind + "/" + network;
    }

    static Optional<FarmCluster> of(String deviceId, List<Finding> findings) {
        FarmCluster best = null;
        for (Finding f : findings) {
            if (!f.rule().startsWith("colocation.") || f.severity().compareTo(Severity.HIGH) < 0) {
                continue;
            }
            if (!(f.evidence().get("networks") instanceof List<?> networks)) {
                continue;
            }
            for (Object n : networks) {
                if (n instanceof Map<?, ?> m && m.get("kind") != null && m.get("network") != null) {
                    int employees = m.get("employeesAtOnce") instanceof Number x ? x.intValue() : 0;
                    FarmCluster candidate = new FarmCluster(f.rule(), f.severity(), String.valueOf(m.get("kind")),
                            String.valueOf(m.get("network")), employees, members(deviceId, m.get("otherDevices")));
                    if (best == null || STRONGER.compare(candidate, best) > 0) {
                        best = candidate;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> members(String self, Object others) {
        TreeSet<String> all = new TreeSet<>();
        all.add(self);
        if (others instanceof List<?> list) {
            list.forEach(o -> all.add(String.valueOf(o)));
        }
        return new ArrayList<>(all);
    }
}
