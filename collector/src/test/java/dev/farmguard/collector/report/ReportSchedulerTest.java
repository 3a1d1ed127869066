package dev.farmguard.collector.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.config.ReportsSettings;
import dev.farmguard.collector.config.ReportsSettings.Schedule;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.farmguard.collector.testing.SteppingClock;

/** Cron slots in the schedule's zone, missed slots once after a restart, first sight, retention. */
class ReportSchedulerTest {

    /** 08:00 in Berlin (UTC+1 in March before the change), the day's 07:00 slot has passed. */
    private static final Instant MONDAY_8 = Instant.parse("2026-03-09T07:00:00Z");

    @TempDir
    Path dir;

    private Store store;
    private SteppingClock clock;
    private Path out;

    @BeforeEach
    void open() {
        store = StoreFactory.sqlite(dir.resolve("farmguard.db"));
        SeededFleet.seed(store);
        clock = new SteppingClock(MONDAY_8);
        out = dir.resolve("reports");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ReportScheduler scheduler(Schedule s) {
        return ReportScheduler.create(new ReportsSettings(List.of(s), Duration.ofSeconds(30), null), store,
                new dev.farmguard.collector.testing.FakeGeo(), clock, "test-collector");
    }

    private long reports() throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    void aNewScheduleWaitsForItsNextSlotThenRunsOncePerSlotInItsTimeZone() throws Exception {
        ReportScheduler s = scheduler(Schedules.daily("daily", out, List.of(ReportFormat.JSON), 0, null, List.of()));
        assertThat(s.tick()).as("first sight records the passed slot, sends nothing").isEmpty();
        assertThat(store.reports().lastRun("daily")).contains(Instant.parse("2026-03-09T06:00:00Z"));
        assertThat(s.tick()).isEmpty();
        clock.set(Instant.parse("2026-03-10T05:59:00Z")); // 06:59 in Berlin
        assertThat(s.tick()).isEmpty();
        clock.set(Instant.parse("2026-03-10T06:00:20Z")); // 07:00:20 in Berlin
        assertThat(s.tick()).containsExactly("daily");
        assertThat(s.tick()).as("the slot is done").isEmpty();
        assertThat(reports()).isEqualTo(1);
        assertThat(store.reports().lastRun("daily")).contains(Instant.parse("2026-03-10T06:00:00Z"));
    }

    @Test
    void slotsMissedWhileTheCollectorWasDownRunOnceWhenItIsBack() throws Exception {
        Schedule daily = Schedules.daily("daily", out, List.of(ReportFormat.JSON), 0, null, List.of());
        scheduler(daily).tick();
        clock.set(Instant.parse("2026-03-10T06:00:05Z"));
        assertThat(scheduler(daily).tick()).containsExactly("daily");
        // down from Tuesday 07:00:05 to Friday 10:00: the Wednesday, Thursday and Friday slots were missed
        clock.set(Instant.parse("2026-03-13T09:00:00Z"));
        ReportScheduler restarted = scheduler(daily);
        assertThat(restarted.tick()).as("one report for the missed slots").containsExactly("daily");
        assertThat(restarted.tick()).isEmpty();
        assertThat(reports()).isEqualTo(2);
        assertThat(store.reports().lastRun("daily")).contains(Instant.parse("2026-03-13T06:00:00Z"));
        assertThat(store.reports().history("daily-summary", 10)).hasSize(2);
    }

    @Test
    void theReportsDirectoryKeepsTheNewestRuns() throws Exception {
        Schedule keepTwo = Schedules.daily("daily", out, List.of(ReportFormat.JSON, ReportFormat.CSV), 2, null,
                List.of());
        ReportScheduler s = scheduler(keepTwo);
        s.tick();
        Files.createDirectories(out);
        Path unrelated = Files.writeString(out.resolve("notes.txt"), "kept");
        for (int day = 10; day <= 13; day++) {
            clock.set(Instant.parse("2026-03-" + day + "T06:00:05Z"));
            assertThat(s.tick()).containsExactly("daily");
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "farmguard-daily-summary-20260312T060005Z.csv", "farmguard-daily-summary-20260312T060005Z.json",
                    "farmguard-daily-summary-20260313T060005Z.csv", "farmguard-daily-summary-20260313T060005Z.json",
                    "notes.txt");
        }
        assertThat(unrelated).exists();
    }
}
