package dev.farmguard.collector.bench;

import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.geo.GeoIpRegistry;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.report.ReportFormat;
import dev.farmguard.collector.report.ReportGenerator;
import dev.farmguard.collector.report.ReportKind;
import dev.farmguard.collector.store.DetectionRecord;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.TestSnapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The report speed harness (run by hand, not a test): writes a fleet of N devices (default 100,000) into a fresh
 * SQLite store (one snapshot each, a roster entry for each plus 1 % never enrolled, assessments with 3 % review and
 * 1 % laptop farm explained by findings, farms in co-location clusters of 10), then times each kind of report in all
 * four formats, as {@code ReportGenerator} produces them. Prints the seed time and each run's time per kind.
 *
 * <p>Arguments: {@code [DEVICES] [RUNS] [DIR]}. Seeded: the same arguments build the same fleet.
 */
public final class ReportSpeedBench {

    private static final Instant NOW = Instant.parse("2026-03-09T06:00:00Z");
    private static final int BATCH = 2_000;

    private ReportSpeedBench() {}

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("farmguard-report-bench");
        try (Store store = StoreFactory.sqlite(dir.resolve("bench.db"))) {
            long t0 = System.nanoTime();
            seed(store, devices, new Random(42));
            System.out.printf(Locale.ROOT, "seeded %d devices in %.1f s (%s)%n", devices,
                    (System.nanoTime() - t0) / 1e9, dir);
            ReportGenerator generator = new ReportGenerator(store, GeoIpRegistry.empty(), Clock.systemUTC());
            for (int r = 1; r <= runs; r++) {
                for (ReportKind kind : ReportKind.values()) {
                    long s = System.nanoTime();
                    ReportGenerator.Generated g = generator.generate(kind, List.of(ReportFormat.values()),
                            dir.resolve("out-" + r));
                    double seconds = (System.nanoTime() - s) / 1e9;
                    long bytes = 0;
                    for (Path p : g.files().values()) {
                        bytes += Files.size(p);
                    }
                    System.out.printf(Locale.ROOT, "run %d %-13s %6.2f s  (%d devices: %d farm, %d review; "
                                    + "html+pdf+csv+json %.1f MB)%n", r, kind.cliName(), seconds,
                            g.report().counts().total(), g.report().counts().laptopFarm(),
                            g.report().counts().review(), bytes / 1e6);
                }
            }
        }
    }

    private static void seed(Store store, int devices, Random random) {
        List<RosterEntry> roster = new ArrayList<>();
        List<DeviceSnapshot> batch = new ArrayList<>();
        List<DetectionRecord> records = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            String id = String.format(Locale.ROOT, "dev-%07d", i);
            Instant seen = NOW.minus(Duration.ofMinutes(random.nextInt(i % 50 == 0 ? 10_000 : 600)));
            DeviceSnapshot s = TestSnapshots.minimal(id, 1, seen);
            batch.add(new DeviceSnapshot(id, 1, seen, random.nextInt(10) == 0 ? "0.1.0" : "0.2.0",
                    s.catalogVersion(), "198.51." + (i / 250 % 256) + "." + (i % 250), s.identity(), List.of(),
                    List.of(), s.remoteAccess(), List.of(), s.input(), s.power(), s.network(), s.locale(), List.of(),
                    List.of(), 0));
            roster.add(new RosterEntry(id, "emp-" + i, "Employee " + i, "e" + i + "@example.com", "US", "IL",
                    "Chicago", 41.88, -87.63, "America/Chicago"));
            int roll = random.nextInt(100);
            Verdict v = roll == 0 ? Verdict.LAPTOP_FARM : roll <= 3 ? Verdict.REVIEW : Verdict.OK;
            List<Finding> findings = findings(v, i);
            records.add(new DetectionRecord(id, findings, 1, "bench", seen, List.of(), NOW));
            assessments.add(new Assessment(id, v == Verdict.OK ? 0 : v == Verdict.REVIEW ? 55 : 90, v, findings, NOW,
                    v == Verdict.OK ? "No evidence of a laptop farm." : "Evidence from 2 independent families."));
            if (batch.size() == BATCH) {
                flush(store, batch, records, assessments);
            }
        }
        flush(store, batch, records, assessments);
        for (int i = 0; i < devices / 100; i++) {
            roster.add(new RosterEntry("never-" + i, "emp-n" + i, "Absent " + i, "", "US", "", "", null, null, ""));
        }
        store.replaceRoster(roster);
    }

    private static List<Finding> findings(Verdict v, int i) {
        if (v == Verdict.OK) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        out.add(Findings.of("remote_control.tool", Severity.HIGH, "AnyDesk runs with unattended access").build());
        if (v == Verdict.LAPTOP_FARM) {
            out.add(Findings.of("colocation.shared_network", Severity.CRITICAL, "10 employees' laptops on one router")
                    .with("networks", List.of(Map.of("kind", "gateway MAC", "network",
                            String.format(Locale.ROOT, "02:00:00:00:%02x:%02x", i / 1000 % 256, i / 10 % 100),
                            "employeesAtOnce", 10, "otherDevices", List.of()))).build());
        }
        return out;
    }

    private static void flush(Store store, List<DeviceSnapshot> batch, List<DetectionRecord> records,
                              List<Assessment> assessments) {
        store.saveSnapshots(batch, NOW);
        store.saveFleetDetections(records, assessments);
        batch.clear();
        records.clear();
        assessments.clear();
    }
}
