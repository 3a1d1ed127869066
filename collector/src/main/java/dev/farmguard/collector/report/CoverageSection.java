package dev.farmguard.collector.report;

import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.report.FleetReport.Coverage;
import dev.farmguard.collector.report.FleetReport.DeviceRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Roster laptops without a reporting agent (never enrolled, or gone silent) and the agent versions in use. */
final class CoverageSection {

    private CoverageSection() {}

    static Coverage of(Map<String, RosterEntry> roster, Map<String, DeviceRow> devices, Instant silentBefore) {
        List<DeviceRow> never = new ArrayList<>();
        List<DeviceRow> stopped = new ArrayList<>();
        int reporting = 0;
        for (RosterEntry e : roster.values()) {
            DeviceRow d = devices.get(e.deviceId());
            if (d == null) {
                never.add(new DeviceRow(e.deviceId(), "", e.employeeId(), e.employeeName(), e.email(), e.country(),
                        Verdict.OK, 0, null, "", "", "", List.of(), ""));
            } else if (d.lastSeen().isBefore(silentBefore)) {
                stopped.add(d);
            } else {
                reporting++;
            }
        }
        int notOnRoster = (int) devices.keySet().stream().filter(id -> !roster.containsKey(id)).count();
        Map<String, Integer> versions = new HashMap<>();
        devices.values().forEach(d -> versions.merge(d.agentVersion().isEmpty() ? "unknown" : d.agentVersion(), 1,
                Integer::sum));
        return new Coverage(roster.size(), reporting, never, stopped, notOnRoster,
                FleetReportBuilder.sortedByCount(versions));
    }
}
