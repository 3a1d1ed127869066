package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.store.DeviceSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code agent.stopped_reporting} (low): the device has been silent for {@code silence} or more while the rest of
 * the fleet kept reporting (measured against the fleet's newest check-in, never the wall clock).
 */
final class StoppedReportingRule {

    void apply(List<DeviceSummary> devices, Instant fleetAsOf, Duration silence, Map<String, List<Finding>> out) {
        for (DeviceSummary d : devices) {
            Duration quiet = Duration.between(d.lastSeen(), fleetAsOf);
            if (quiet.compareTo(silence) >= 0) {
                out.computeIfAbsent(d.deviceId(), k -> new java.util.ArrayList<>()).add(Findings.of(
                                "agent.stopped_reporting", Severity.LOW,
                                "no report for " + quiet.toHours() + " hours while the fleet kept reporting")
                        .with("lastSeen", d.lastSeen()).with("fleetAsOf", fleetAsOf).with("hours", quiet.toHours())
                        .build());
            }
        }
    }
}
