package dev.farmguard.collector.report;

import dev.farmguard.collector.detect.Family;
import dev.farmguard.collector.geo.GeoIpLookup;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.report.FleetReport.DeviceRow;
import dev.farmguard.collector.report.FleetReport.VerdictCounts;
import dev.farmguard.collector.store.DeviceSummary;
import dev.farmguard.collector.store.ReportStore;
import dev.farmguard.collector.store.ReportStore.HistoryEntry;
import dev.farmguard.collector.store.ReportStore.OpenCase;
import dev.farmguard.collector.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a {@link FleetReport} from the store: the devices, their assessments (the same reads and the same "no
 * assessment yet = ok, risk 0" rule as the device API), the roster, agent versions, open cases and the previous
 * report of the kind. Reads only; {@link ReportGenerator} records the report once it is written.
 */
public final class FleetReportBuilder {

    /** How many past reports the trend chart shows. */
    static final int TREND_REPORTS = 12;

    private final Store store;
    private final GeoIpLookup geo;
    private final Clock clock;

    public FleetReportBuilder(Store store, GeoIpLookup geo, Clock clock) {
        this.store = store;
        this.geo = geo;
        this.clock = clock;
    }

    public FleetReport build(ReportKind kind) {
        Instant now = clock.instant();
        ReportStore reports = store.reports();
        List<DeviceSummary> summaries = store.devices();
        Map<String, Assessment> assessments = store.assessments().stream()
                .collect(Collectors.toMap(Assessment::deviceId, Function.identity()));
        Map<String, RosterEntry> roster = store.roster().stream()
                .collect(Collectors.toMap(RosterEntry::deviceId, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, String> versions = reports.agentVersions();
        Optional<List<OpenCase>> openCases = reports.openCases();
        Map<String, String> caseStates = new HashMap<>();
        openCases.ifPresent(cases -> cases.forEach(c -> caseStates.put(c.deviceId(), c.state())));

        List<DeviceRow> rows = new ArrayList<>(summaries.size());
        for (DeviceSummary d : summaries) {
            Assessment a = assessments.getOrDefault(d.deviceId(), Assessment.clean(d.deviceId(), d.lastSeen()));
            rows.add(row(d, a, roster.get(d.deviceId()), versions.getOrDefault(d.deviceId(), ""),
                    caseStates.getOrDefault(d.deviceId(), openCases.isPresent() ? "none" : "")));
        }
        rows.sort(RISKIEST_FIRST);
        Instant fleetAsOf = summaries.stream().map(DeviceSummary::lastSeen).max(Comparator.naturalOrder())
                .orElse(now);
        Instant silentBefore = fleetAsOf.minus(kind.silentAfter());
        List<DeviceRow> silent = rows.stream().filter(r -> r.lastSeen().isBefore(silentBefore))
                .sorted(Comparator.comparing(DeviceRow::lastSeen)).toList();

        VerdictCounts counts = counts(rows);
        List<HistoryEntry> history = reports.history(kind.cliName(), TREND_REPORTS - 1);
        HistoryEntry previous = history.isEmpty() ? null : history.get(history.size() - 1);
        List<HistoryEntry> trend = new ArrayList<>(history);
        trend.add(new HistoryEntry(kind.cliName(), now, counts.total(), counts.ok(), counts.review(),
                counts.laptopFarm()));
        Map<String, DeviceRow> byId = rows.stream().collect(Collectors.toMap(DeviceRow::deviceId, r -> r));

        return new FleetReport(kind, now, fleetAsOf, previous, counts, trend,
                FlagChanges.between(reports.previousVerdicts(kind.cliName()), rows, previous != null),
                rows.stream().filter(r -> r.verdict() != Verdict.OK).toList(),
                kind.detailed() ? ColocationClusters.of(rows) : List.of(), silent,
                CoverageSection.of(roster, byId, silentBefore),
                ruleCounts(rows), familyCounts(rows), CaseSection.of(openCases, byId, now),
                kind.detailed() ? WhereaboutsMap.of(rows, roster, geo) : List.of(), rows);
    }

    /** Riskiest first, then farm before review before ok, then by device id so equal reports compare equal. */
    static final Comparator<DeviceRow> RISKIEST_FIRST = Comparator.comparingInt(DeviceRow::risk).reversed()
            .thenComparing(DeviceRow::verdict, Comparator.reverseOrder()).thenComparing(DeviceRow::deviceId);

    private static DeviceRow row(DeviceSummary d, Assessment a, RosterEntry r, String version, String caseState) {
        return new DeviceRow(d.deviceId(), d.hostname(), r == null ? "" : r.employeeId(),
                r == null ? "" : r.employeeName(), r == null ? "" : r.email(), r == null ? "" : r.country(),
                a.verdict(), a.risk(), d.lastSeen(), d.publicIp() == null ? "" : d.publicIp(), version,
                a.explanation(), a.findings(), caseState);
    }

    static VerdictCounts counts(List<DeviceRow> rows) {
        int[] n = new int[Verdict.values().length];
        rows.forEach(r -> n[r.verdict().ordinal()]++);
        return new VerdictCounts(n[Verdict.OK.ordinal()], n[Verdict.REVIEW.ordinal()],
                n[Verdict.LAPTOP_FARM.ordinal()]);
    }

    private static Map<String, Integer> ruleCounts(List<DeviceRow> rows) {
        return countDevices(rows, Finding::rule);
    }

    private static Map<String, Integer> familyCounts(List<DeviceRow> rows) {
        return countDevices(rows, f -> familyOf(f.rule()));
    }

    /** A rule id from a newer collector may have a prefix this one does not know: count it as "other". */
    static String familyOf(String rule) {
        try {
            return Family.ofRule(rule).apiName();
        } catch (IllegalArgumentException e) {
            return "other";
        }
    }

    /** Devices with at least one finding per key, most first (ties by key). */
    private static Map<String, Integer> countDevices(List<DeviceRow> rows, Function<Finding, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        for (DeviceRow r : rows) {
            Set<String> seen = new HashSet<>();
            r.findings().forEach(f -> seen.add(key.apply(f)));
            seen.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        return sortedByCount(counts);
    }

    static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
