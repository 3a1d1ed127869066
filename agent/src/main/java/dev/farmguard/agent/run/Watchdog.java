package dev.farmguard.agent.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's own resource budget, in the spirit of osquery's watchdog: a laptop agent must never become the
 * problem. Every {@link #CHECK_EVERY} it measures its resident memory and the CPU it used since the last check;
 * when either stays over budget for a whole window, it reports the reason once, and the caller restarts the process
 * (the service manager starts it again). A brief spike, like collecting a snapshot, never trips it.
 */
public final class Watchdog implements AutoCloseable {

    /** How often usage is measured. */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

    /**
     * The budget; a limit of 0 turns that check off.
     *
     * @param memoryMb   resident memory, MB
     * @param cpuPercent CPU time as a percentage of one core
     * @param window     how long usage may stay over a limit before the restart
     */
    public record Budget(int memoryMb, int cpuPercent, Duration window) {

        /** Room above the launcher's 96 MB heap and below the systemd unit's MemoryMax=256M; a fifth of a core. */
        public static final Budget DEFAULTS = new Budget(200, 20, Duration.ofSeconds(60));

        public Budget {
            if (memoryMb < 0 || cpuPercent < 0 || window.isNegative()) {
                throw new IllegalArgumentException("watchdog limits cannot be negative");
            }
        }
    }

    /** One measurement of this process. */
    public record Usage(long residentBytes, Duration cpuTime) {
    }

    private final Budget budget;
    private final UsageMeter meter;
    private final LongSupplier nanoTime;
    private ScheduledExecutorService timer;
    private Usage last;
    private long lastAt;
    private long overSince = -1;

    public Watchdog(Budget budget, UsageMeter meter, LongSupplier nanoTime) {
        this.budget = budget;
        this.meter = meter;
        this.nanoTime = nanoTime;
    }

    /** Checks on a daemon thread until closed; {@code onTrip} gets the reason, once. */
    public synchronized void start(Consumer<String> onTrip) {
        if (budget.memoryMb() == 0 && budget.cpuPercent() == 0) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> check().ifPresent(reason -> {
            timer.shutdown();
            onTrip.accept(reason);
        }), CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One check: the reason to restart once usage stayed over budget for the window, else empty. */
    synchronized Optional<String> check() {
        Usage now = meter.read();
        long at = nanoTime.getAsLong();
        String over = null;
        if (budget.memoryMb() > 0 && now.residentBytes() > budget.memoryMb() * 1024L * 1024L) {
            over = "resident memory " + now.residentBytes() / (1024 * 1024) + " MB over the " + budget.memoryMb()
                    + " MB budget";
        } else if (budget.cpuPercent() > 0 && last != null && at > lastAt) {
            long percent = now.cpuTime().minus(last.cpuTime()).toNanos() * 100 / (at - lastAt);
            if (percent > budget.cpuPercent()) {
                over = "CPU " + percent + "% of a core over the " + budget.cpuPercent() + "% budget";
            }
        }
        last = now;
        lastAt = at;
        if (over == null) {
            overSince = -1;
            return Optional.empty();
        }
        if (overSince < 0) {
            overSince = at;
            log.debug("watchdog: {}", over);
        }
        Duration overFor = Duration.ofNanos(at - overSince);
        return overFor.compareTo(budget.window()) >= 0
                ? Optional.of(over + " for " + overFor.toSeconds() + " s")
                : Optional.empty();
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Where usage comes from (tests give their own). */
    @FunctionalInterface
    public interface UsageMeter {
        Usage read();

        /** This process: resident set from /proc on Linux (heap and non-heap in use elsewhere), CPU from the OS. */
        static UsageMeter thisProcess() {
            Path status = Path.of("/proc/self/status");
            return () -> new Usage(Files.isReadable(status) ? residentFromProc(status) : javaMemory(),
                    ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
        }

        private static long residentFromProc(Path status) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return javaMemory();
            }
            return javaMemory();
        }

        private static long javaMemory() {
            var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
            return memory.getHeapMemoryUsage().getUsed() + memory.getNonHeapMemoryUsage().getUsed();
        }
    }
}
