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
        Map<String, Integer> employees = new HashMap<>(employeeByDevice.size() * 2);
        int next = 0;
        for (int i = 0; i < tracks.size(); i++) {
            String holder = employeeByDevice.get(tracks.get(i).deviceId);
            if (holder == null || holder.isBlank()) {
                employee[i] = next++; // a device nobody holds counts as its own employee
                continue;
            }
            Integer id = employees.get(holder);
            if (id == null) {
                id = next++;
                employees.put(holder, id);
            }
            employee[i] = id;
        }
    }

    void add(String deviceId, Finding finding) {
        findings.computeIfAbsent(deviceId, d -> new java.util.ArrayList<>()).add(finding);
    }

    TreeMap<String, List<Finding>> findings() {
        return findings;
    }
}
