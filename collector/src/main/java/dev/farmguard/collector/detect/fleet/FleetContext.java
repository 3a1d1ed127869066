package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.model.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fleet rule sees: every device's track (ordered by device id), who holds each device (the roster's
 * employee id, else the device itself, so two laptops of one employee count once), and where findings go.
 */
final class FleetContext {

    final FleetIndex index;
    final List<DeviceTrack> tracks;
    final int[] employee;
    final DetectionConfig config;
    private final TreeMap<String, List<Finding>> findings = new TreeMap<>();

    FleetContext(FleetIndex index, Map<String, String> employeeByDevice, DetectionConfig config) {
        this.index = index;
        this.tracks = index.tracks();
        this.config = config;
        this.employee = new int[tracks.size()];
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < tracks.size(); i++) {
            String deviceId = tracks.get(i).deviceId;
            String holder = employeeByDevice.get(deviceId);
            String key = holder == null || holder.isBlank() ? "device " + deviceId : "employee " + holder;
            employee[i] = ids.computeIfAbsent(key, k -> ids.size());
        }
    }

    void add(String deviceId, Finding finding) {
        findings.computeIfAbsent(deviceId, d -> new java.util.ArrayList<>()).add(finding);
    }

    TreeMap<String, List<Finding>> findings() {
        return findings;
    }
}
