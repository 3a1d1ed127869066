package dev.farmguard.collector.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.config.ReportsSettings;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.FakeGeo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.farmguard.collector.testing.SteppingClock;

/**
 * Several collectors on one PostgreSQL database: when a slot comes due on all of them at the same moment, exactly one
 * produces the report; the report's own reads (agent versions through PostgreSQL's JSON operator) work there too.
 */
class ReportExactlyOncePostgresIT {

    private static final int COLLECTORS = 4;

    private static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static Store open(String database) {
        return StoreFactory.postgres(postgres.getJdbcUrl("postgres", database), "postgres", null);
    }

    @Test
    void eachScheduledSlotIsProducedByExactlyOneCollector() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE reports_once");
        }
        List<Store> stores = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(COLLECTORS);
        try {
            for (int i = 0; i < COLLECTORS; i++) {
                stores.add(open("reports_once"));
            }
            FakeGeo geo = SeededFleet.seed(stores.get(0));
            SteppingClock clock = new SteppingClock(Instant.parse("2026-03-09T07:00:00Z"));
            Path out = dir.resolve("shared-reports");
            ReportsSettings settings = new ReportsSettings(List.of(Schedules.daily("daily", out,
                    List.of(ReportFormat.JSON), 0, null, List.of())), Duration.ofSeconds(30), null);
            List<ReportScheduler> schedulers = new ArrayList<>();
            for (int i = 0; i < COLLECTORS; i++) {
                schedulers.add(ReportScheduler.create(settings, stores.get(i), geo, clock, "collector-" + i));
            }
            for (int round = 0; round < 3; round++) {
                CyclicBarrier together = new CyclicBarrier(COLLECTORS);
                List<Future<List<String>>> ticks = new ArrayList<>();
                for (ReportScheduler s : schedulers) {
                    Callable<List<String>> tick = () -> {
                        together.await();
                        return s.tick();
                    };
                    ticks.add(pool.submit(tick));
                }
                int produced = 0;
                for (Future<List<String>> f : ticks) {
                    produced += f.get().size();
                }
                assertThat(produced).as("round " + round).isEqualTo(round == 0 ? 0 : 1);
                clock.advance(Duration.ofDays(1));
            }
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.count()).isEqualTo(2);
            }
            try (Connection c = postgres.getDatabase("postgres", "reports_once").getConnection();
                 Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT claimed_by) >= 1 FROM report_runs "
                         + "WHERE schedule = 'daily'")) {
                r.next();
                assertThat(r.getInt(1)).as("first sight and two slots").isEqualTo(3);
            }
            FleetReport report = new FleetReportBuilder(stores.get(1), geo, clock).build(ReportKind.WEEKLY_FARM);
            assertThat(report.coverage().agentVersions()).containsEntry("0.2.0", 13).containsEntry("0.1.0", 7);
            assertThat(report.previous()).isNull();
            assertThat(new FleetReportBuilder(stores.get(2), geo, clock).build(ReportKind.DAILY_SUMMARY).previous())
                    .isNotNull();
        } finally {
            pool.shutdownNow();
            stores.forEach(Store::close);
        }
    }
}
