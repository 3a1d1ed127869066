package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Signs the agent is kept from reporting. {@code agent.silence} (low): a gap of {@code silence} or more between
 * two snapshots. {@code agent.dropped_snapshots} (low): the agent's spool overflowed within the window (it could
 * not reach the collector). {@code agent.probe_errors} (low): a probe that worked earlier in
 * the window failed in nearly every recent snapshot (a platform that never allows a probe is not a change).
 */
public final class AgentHealthRule implements DeviceRule {

    static final int RECENT = 12;
    static final int MIN_RECENT = 6;
    static final double NEARLY_ALL = 0.8;

    private final DetectionConfig config;

    public AgentHealthRule(DetectionConfig config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "agent";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        List<DeviceSnapshot> h = context.history();
        List<Finding> out = new ArrayList<>();
        Duration longest = Duration.ZERO;
        DeviceSnapshot before = null;
        for (int i = 1; i < h.size(); i++) {
            Duration gap = Duration.between(h.get(i - 1).collectedAt(), h.get(i).collectedAt());
            if (gap.compareTo(longest) > 0) {
                longest = gap;
                before = h.get(i - 1);
            }
        }
        if (before != null && longest.compareTo(config.thresholds().silence()) >= 0) {
            out.add(Findings.of("agent.silence", Severity.LOW, "the agent was silent for " + longest.toHours() + " hours")
                    .with("hours", longest.toHours()).with("after", before.collectedAt()).build());
        }
        long dropped = context.latest().droppedSnapshotsTotal() - h.get(0).droppedSnapshotsTotal();
        if (dropped > 0) {
            out.add(Findings.of("agent.dropped_snapshots", Severity.LOW,
                            "the agent dropped " + dropped + " snapshots it could not deliver")
                    .with("dropped", dropped).build());
        }
        List<DeviceSnapshot> recent = h.subList(Math.max(0, h.size() - RECENT), h.size());
        if (recent.size() >= MIN_RECENT) {
            Map<String, Integer> failing = new TreeMap<>();
            for (DeviceSnapshot s : recent) {
                s.probeErrors().stream().map(DeviceSnapshot.ProbeError::probe).distinct()
                        .forEach(p -> failing.merge(p, 1, Integer::sum));
            }
            List<DeviceSnapshot> older = h.subList(0, h.size() - recent.size());
            List<String> persistent = failing.entrySet().stream()
                    .filter(e -> e.getValue() >= NEARLY_ALL * recent.size())
                    .filter(e -> older.stream().anyMatch(s -> s.probeErrors().stream()
                            .noneMatch(p -> p.probe().equals(e.getKey()))))
                    .map(Map.Entry::getKey).toList();
            if (!persistent.isEmpty()) {
                out.add(Findings.of("agent.probe_errors", Severity.LOW,
                                "probes that used to work keep failing: " + String.join(", ", persistent))
                        .with("probes", persistent).with("ofSnapshots", recent.size()).build());
            }
        }
        return out;
    }
}
