package dev.farmguard.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.state.StateDirectory;
import dev.farmguard.agent.testing.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchdogTest {

    private static final long MB = 1024 * 1024;
    private static final Watchdog.Budget BUDGET = new Watchdog.Budget(200, 20, Duration.ofSeconds(60));

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();
    private final AtomicLong resident = new AtomicLong(100 * MB);
    private final AtomicLong cpuNanos = new AtomicLong();

    private Watchdog watchdog(Watchdog.Budget budget) {
        return new Watchdog(budget, () -> new Watchdog.Usage(resident.get(), Duration.ofNanos(cpuNanos.get())), now::get);
    }

    /** Ten seconds pass with {@code cpuPercent} of a core used, then the watchdog checks. */
    private Optional<String> tick(Watchdog watchdog, int cpuPercent) {
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        cpuNanos.addAndGet(Duration.ofSeconds(10).toNanos() * cpuPercent / 100);
        return watchdog.check();
    }

    @Test
    void memoryOverBudgetForTheWholeWindowTripsOnce() {
        Watchdog watchdog = watchdog(BUDGET);
        resident.set(250 * MB);

        for (int i = 0; i < 6; i++) {
            assertThat(tick(watchdog, 1)).as("check %d, %d s over", i, i * 10).isEmpty();
        }
        assertThat(tick(watchdog, 1)).hasValueSatisfying(reason ->
                assertThat(reason).contains("resident memory 250 MB over the 200 MB budget for 60 s"));
    }

    @Test
    void aSpikeLikeCollectingASnapshotNeverTrips() {
        Watchdog watchdog = watchdog(BUDGET);
        tick(watchdog, 0);
        for (int minute = 0; minute < 10; minute++) {
            assertThat(tick(watchdog, 100)).isEmpty();
            assertThat(tick(watchdog, 100)).isEmpty();
            for (int i = 0; i < 4; i++) {
                assertThat(tick(watchdog, 2)).isEmpty();
            }
        }
    }

    @Test
    void sustainedCpuOverBudgetTrips() {
        Watchdog watchdog = watchdog(BUDGET);
        tick(watchdog, 0);
        Optional<String> reason = Optional.empty();
        int checks = 0;
        while (reason.isEmpty() && checks < 20) {
            reason = tick(watchdog, 60);
            checks++;
        }
        assertThat(reason).hasValueSatisfying(r -> assertThat(r).contains("CPU 60% of a core over the 20% budget"));
        assertThat(checks).isEqualTo(7);
    }

    @Test
    void zeroTurnsALimitOff() {
        Watchdog watchdog = watchdog(new Watchdog.Budget(0, 0, Duration.ofSeconds(10)));
        resident.set(4000 * MB);
        for (int i = 0; i < 10; i++) {
            assertThat(tick(watchdog, 400)).isEmpty();
        }
    }

    @Test
    void thisProcessIsMeasured() {
        Watchdog.Usage usage = Watchdog.UsageMeter.thisProcess().read();

        assertThat(usage.residentBytes()).isBetween(MB, Runtime.getRuntime().maxMemory() * 4);
        assertThat(usage.cpuTime()).isPositive();
    }

    @Test
    void restartsAreCountedInTheStateAndReportedInTheNextSnapshot() throws Exception {
        Path state = dir.resolve("state");
        StateDirectory directory = StateDirectory.open(state);
        assertThat(WatchdogRestarts.read(directory)).isZero();
        WatchdogRestarts.increment(directory);
        WatchdogRestarts.increment(directory);
        assertThat(new String(directory.read(WatchdogRestarts.FILE).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("2\n");

        CliRun snapshot = CliRun.of("snapshot", "--json", "--state-dir", state.toString());

        assertThat(snapshot.exitCode()).isZero();
        assertThat(snapshot.out()).contains("\"watchdogRestartsTotal\": \"2\"");
    }
}
