package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.store.DeviceSummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs every fleet rule over the index: co-location, impossible travel, shared remote peers, shared IP-KVM
 * identities, agents that stopped reporting. Deterministic: the same index and roster give the same findings in
 * the same order.
 */
public final class FleetRules {

    private final DetectionConfig config;

    public FleetRules(DetectionConfig config) {
        this.config = config;
    }

    /**
     * @param employeeByDevice roster employee id per device (devices missing count as their own employee)
     * @param devices          every stored device, for the silence rule (may include devices outside the index)
     * @return findings per device id, devices without findings left out
     */
    public TreeMap<String, List<Finding>> evaluate(FleetIndex index, Map<String, String> employeeByDevice,
                                                   List<DeviceSummary> devices) {
        return evaluateTimed(index, employeeByDevice, devices).findings();
    }

    /** Findings, and how long each step took (for logs and the speed benchmark). */
    public record Timed(TreeMap<String, List<Finding>> findings, Map<String, Long> millis) {}

    public Timed evaluateTimed(FleetIndex index, Map<String, String> employeeByDevice, List<DeviceSummary> devices) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long t = System.nanoTime();
        FleetContext ctx = new FleetContext(index, employeeByDevice, config);
        t = lap(millis, "context", t);
        new ColocationRule().apply(ctx);
        t = lap(millis, "colocation", t);
        new ImpossibleTravelRule().apply(ctx);
        t = lap(millis, "impossible_travel", t);
        SharedSightingRule.peers().apply(ctx);
        t = lap(millis, "shared_peer", t);
        SharedSightingRule.kvms().apply(ctx);
        t = lap(millis, "shared_kvm", t);
        TreeMap<String, List<Finding>> out = ctx.findings();
        Instant asOf = devices.stream().map(DeviceSummary::lastSeen).max(Instant::compareTo).orElse(Instant.EPOCH);
        new StoppedReportingRule().apply(devices, asOf, config.thresholds().silence(), out);
        lap(millis, "stopped_reporting", t);
        return new Timed(out, millis);
    }

    private static long lap(Map<String, Long> millis, String step, long since) {
        long now = System.nanoTime();
        millis.put(step, (now - since) / 1_000_000);
        return now;
    }
}
