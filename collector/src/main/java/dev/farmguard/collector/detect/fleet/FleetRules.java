package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.store.DeviceSummary;
import java.time.Instant;
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
        FleetContext ctx = new FleetContext(index, employeeByDevice, config);
        new ColocationRule().apply(ctx);
        new ImpossibleTravelRule().apply(ctx);
        SharedSightingRule.peers().apply(ctx);
        SharedSightingRule.kvms().apply(ctx);
        TreeMap<String, List<Finding>> out = ctx.findings();
        Instant asOf = devices.stream().map(DeviceSummary::lastSeen).max(Instant::compareTo).orElse(Instant.EPOCH);
        new StoppedReportingRule().apply(devices, asOf, config.thresholds().silence(), out);
        return out;
    }
}
