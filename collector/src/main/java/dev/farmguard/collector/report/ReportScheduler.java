package dev.farmguard.collector.report;

import com.cronutils.model.time.ExecutionTime;
import dev.farmguard.collector.config.ReportsSettings;
import dev.farmguard.collector.config.ReportsSettings.Schedule;
import dev.farmguard.collector.logging.LogSafe;
import dev.farmguard.collector.report.delivery.Delivery;
import dev.farmguard.collector.store.ReportStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the configured report schedules. Every {@code check-every} it finds, per schedule, the newest slot the cron
 * expression has passed (in the schedule's time zone); a slot newer than the schedule's last run is due. So a slot
 * missed while the collector was down runs once when it is back (only the newest missed one: a week of missed dailies
 * is one report, not seven), and the run is claimed in the database first, so with several collectors on one
 * database each slot is produced by exactly one of them. A schedule seen for the first time records its current slot
 * without producing it: adding a schedule does not send a report at once.
 */
public final class ReportScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportScheduler.class);

    private final ReportsSettings settings;
    private final ReportStore runs;
    private final ReportGenerator generator;
    private final List<Delivery> deliveries;
    private final Clock clock;
    private final String collectorId;
    private ScheduledExecutorService timer;

    public ReportScheduler(ReportsSettings settings, ReportStore runs, ReportGenerator generator,
                           List<Delivery> deliveries, Clock clock, String collectorId) {
        this.settings = settings;
        this.runs = runs;
        this.generator = generator;
        this.deliveries = List.copyOf(deliveries);
        this.clock = clock;
        this.collectorId = collectorId;
    }

    /**
     * A scheduler with the standard deliveries (reports directory with retention, webhook, e-mail when an SMTP
     * server is configured) that generates from {@code store}, claiming runs as {@code collectorId}.
     */
    public static ReportScheduler create(ReportsSettings settings, dev.farmguard.collector.store.Store store,
                                         dev.farmguard.collector.geo.GeoIpLookup geo, Clock clock, String collectorId) {
        List<Delivery> deliveries = new ArrayList<>();
        deliveries.add(new dev.farmguard.collector.report.delivery.DirectoryRetention(clock));
        deliveries.add(new dev.farmguard.collector.report.delivery.WebhookDelivery(java.time.Duration.ofSeconds(30)));
        if (settings.smtp() != null) {
            deliveries.add(new dev.farmguard.collector.report.delivery.EmailDelivery(settings.smtp()));
        }
        return new ReportScheduler(settings, store.reports(), new ReportGenerator(store, geo, clock), deliveries, clock,
                collectorId);
    }

    /** Checks at once (a missed slot runs now), then every {@code check-every}. */
    public synchronized ReportScheduler start() {
        if (settings.schedules().isEmpty() || timer != null) {
            return this;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "farmguard-reports");
            t.setDaemon(true);
            return t;
        });
        long every = settings.checkEvery().toMillis();
        timer.scheduleWithFixedDelay(this::tickSafely, 0, every, TimeUnit.MILLISECONDS);
        LOG.info("report schedules: {}", settings.schedules().stream().map(Schedule::name).toList());
        return this;
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // a store outage must not end the timer: the next check tries again
            LOG.error("checking report schedules failed: {}", LogSafe.text(String.valueOf(e.getMessage())), e);
        }
    }

    /** Runs every due schedule that this collector claims; returns the schedules it produced. */
    public List<String> tick() {
        List<String> produced = new ArrayList<>();
        Instant now = clock.instant();
        for (Schedule s : settings.schedules()) {
            Optional<ZonedDateTime> slot = ExecutionTime.forCron(s.cron())
                    .lastExecution(ZonedDateTime.ofInstant(now, s.zone()));
            if (slot.isEmpty()) {
                continue;
            }
            Instant due = slot.get().toInstant();
            Optional<Instant> last = runs.lastRun(s.name());
            if (last.isEmpty()) {
                if (runs.claimRun(s.name(), due, collectorId, now)) {
                    runs.finishRun(s.name(), due, now, "not produced: the schedule was added after this slot");
                }
                continue;
            }
            if (!due.isAfter(last.get()) || !runs.claimRun(s.name(), due, collectorId, now)) {
                continue;
            }
            runs.finishRun(s.name(), due, clock.instant(), run(s, due));
            produced.add(s.name());
        }
        return produced;
    }

    /** Generates and delivers one claimed run; the outcome names what failed, if anything. */
    private String run(Schedule s, Instant slot) {
        ReportGenerator.Generated g;
        try {
            g = generator.generate(s.kind(), s.formats(), s.directory());
        } catch (Exception e) {
            LOG.error("report schedule {} slot {}: generating failed: {}", s.name(), slot, e.toString(), e);
            return "failed: " + e;
        }
        List<String> failures = new ArrayList<>();
        for (Delivery d : deliveries) {
            if (!d.wanted(s)) {
                continue;
            }
            try {
                d.deliver(s, g);
            } catch (Exception e) {
                LOG.error("report schedule {} slot {}: {} delivery failed: {}", s.name(), slot, d.name(),
                        LogSafe.text(String.valueOf(e.getMessage())));
                failures.add(d.name() + ": " + e.getMessage());
            }
        }
        LOG.info("report schedule {} slot {} produced {}", s.name(), slot, g.files().keySet());
        return failures.isEmpty() ? "delivered" : "delivery failed: " + String.join("; ", failures);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
