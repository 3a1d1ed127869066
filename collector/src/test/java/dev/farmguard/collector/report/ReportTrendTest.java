package dev.farmguard.collector.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.report.FleetReport.Change;
import dev.farmguard.collector.report.FleetReport.ChangeKind;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.FakeGeo;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.farmguard.collector.testing.SteppingClock;

/** The second report against the first: trend counts and new / escalated / lowered / resolved flags; open cases. */
class ReportTrendTest {

    @TempDir
    Path dir;

    private Store store;
    private SteppingClock clock;
    private ReportGenerator generator;

    @BeforeEach
    void seed() {
        store = StoreFactory.sqlite(dir.resolve("farmguard.db"));
        FakeGeo geo = SeededFleet.seed(store);
        clock = new SteppingClock(SeededFleet.NOW);
        generator = new ReportGenerator(store, geo, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theNextReportShowsWhatChangedAndTheTrend() throws Exception {
        FleetReport first = generator.generate(ReportKind.DAILY_SUMMARY, List.of(ReportFormat.JSON),
                dir.resolve("out")).report();
        assertThat(first.previous()).isNull();
        assertThat(first.changes()).allMatch(c -> c.change() == ChangeKind.NEW);

        // a day later: one review escalated, one farm lowered, one review resolved, one ok device newly flagged
        clock.advance(Duration.ofDays(1));
        store.saveAssessment(new Assessment(SeededFleet.id(3), 80, Verdict.LAPTOP_FARM, List.of(
                Findings.of("location.vpn_client", Severity.CRITICAL, "Astrill VPN").build()), clock.instant(), ""));
        store.saveAssessment(new Assessment(SeededFleet.id(2), 60, Verdict.REVIEW, List.of(), clock.instant(), ""));
        store.saveAssessment(Assessment.clean(SeededFleet.id(4), clock.instant()));
        store.saveAssessment(new Assessment(SeededFleet.id(9), 50, Verdict.REVIEW, List.of(), clock.instant(), ""));

        FleetReport second = generator.generate(ReportKind.DAILY_SUMMARY, List.of(ReportFormat.HTML),
                dir.resolve("out")).report();
        assertThat(second.previous().laptopFarm()).isEqualTo(SeededFleet.FARM);
        assertThat(second.previous().generatedAt()).isEqualTo(SeededFleet.NOW);
        assertThat(second.trend()).hasSize(2);
        assertThat(second.trend().get(1).laptopFarm()).isEqualTo(second.counts().laptopFarm()).isEqualTo(3);
        Map<String, ChangeKind> changes = second.changes().stream()
                .collect(Collectors.toMap(c -> c.device().deviceId(), Change::change));
        assertThat(changes).containsExactlyInAnyOrderEntriesOf(Map.of(SeededFleet.id(3), ChangeKind.ESCALATED,
                SeededFleet.id(2), ChangeKind.LOWERED, SeededFleet.id(4), ChangeKind.RESOLVED, SeededFleet.id(9),
                ChangeKind.NEW));
        assertThat(second.changes().get(0).change()).isEqualTo(ChangeKind.NEW);
        // a weekly report keeps its own history
        assertThat(generator.generate(ReportKind.WEEKLY_FARM, List.of(ReportFormat.JSON), dir.resolve("out"))
                .report().previous()).isNull();
    }

    @Test
    void openCasesAreListedWithTheirAge() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("farmguard.db"));
             Statement s = c.createStatement()) {
            long now = SeededFleet.NOW.toEpochMilli();
            s.execute("INSERT INTO cases VALUES ('dev-00', 'investigating', 'ana', '', '', " + (now - 5 * 86_400_000L)
                    + ", 'ana'), ('dev-01', 'acknowledged', NULL, '', '', " + (now - 86_400_000L) + ", 'bo'), "
                    + "('dev-03', 'resolved', 'ana', '', '', " + now + ", 'ana')");
        }
        FleetReport r = generator.generate(ReportKind.WEEKLY_FARM, List.of(ReportFormat.HTML), dir.resolve("out"))
                .report();
        assertThat(r.cases().available()).isTrue();
        assertThat(r.cases().oldest()).extracting(c -> c.deviceId() + " " + c.state() + " " + c.ageDays())
                .containsExactly("dev-00 investigating 5", "dev-01 acknowledged 1");
        assertThat(r.devices().stream().filter(d -> d.deviceId().equals("dev-05")).findFirst().orElseThrow()
                .caseState()).isEqualTo("none");
    }
}
