package dev.farmguard.collector.report;

import dev.farmguard.collector.report.FleetReport.Cases;
import dev.farmguard.collector.report.FleetReport.DeviceRow;
import dev.farmguard.collector.report.FleetReport.OpenCaseRow;
import dev.farmguard.collector.store.ReportStore.OpenCase;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Open cases and their age; "not available" where this database has no cases table. */
final class CaseSection {

    private CaseSection() {}

    static Cases of(Optional<List<OpenCase>> open, Map<String, DeviceRow> devices, Instant now) {
        if (open.isEmpty()) {
            return new Cases(false, Map.of(), List.of());
        }
        Map<String, Integer> byState = new HashMap<>();
        open.get().forEach(c -> byState.merge(c.state(), 1, Integer::sum));
        List<OpenCaseRow> rows = open.get().stream().map(c -> new OpenCaseRow(c.deviceId(),
                devices.containsKey(c.deviceId()) ? devices.get(c.deviceId()).hostname() : "", c.state(),
                c.assignee() == null ? "" : c.assignee(),
                Math.max(0, Duration.between(c.updatedAt(), now).toDays()))).toList();
        return new Cases(true, FleetReportBuilder.sortedByCount(byState), rows);
    }
}
