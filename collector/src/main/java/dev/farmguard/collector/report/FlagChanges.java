package dev.farmguard.collector.report;

import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.report.FleetReport.Change;
import dev.farmguard.collector.report.FleetReport.ChangeKind;
import dev.farmguard.collector.report.FleetReport.DeviceRow;
import dev.farmguard.collector.store.ReportStore.PriorVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** New, escalated, lowered and resolved flags: each device's verdict now against the previous report's. */
final class FlagChanges {

    private FlagChanges() {}

    /**
     * @param hadPrevious false for the first report of a kind: then every flag is new
     */
    static List<Change> between(Map<String, PriorVerdict> before, List<DeviceRow> now, boolean hadPrevious) {
        List<Change> out = new ArrayList<>();
        for (DeviceRow r : now) {
            PriorVerdict was = before.get(r.deviceId());
            Verdict then = was == null ? Verdict.OK : was.verdict();
            ChangeKind change = kind(then, r.verdict());
            if (change != null) {
                out.add(new Change(change, r, was == null ? null : was.verdict(), was == null ? 0 : was.risk()));
            }
        }
        // most urgent first: new and escalated flags before lowered and resolved ones, riskiest first within
        out.sort(Comparator.comparing(Change::change).thenComparing(Change::device, FleetReportBuilder.RISKIEST_FIRST));
        return hadPrevious || !before.isEmpty() ? out : out.stream().filter(c -> c.change() == ChangeKind.NEW).toList();
    }

    private static ChangeKind kind(Verdict then, Verdict now) {
        if (then == now) {
            return null;
        }
        if (then == Verdict.OK) {
            return ChangeKind.NEW;
        }
        if (now == Verdict.OK) {
            return ChangeKind.RESOLVED;
        }
        return now == Verdict.LAPTOP_FARM ? ChangeKind.ESCALATED : ChangeKind.LOWERED;
    }
}
