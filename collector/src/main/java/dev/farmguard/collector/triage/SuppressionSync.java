package dev.farmguard.collector.triage;

import dev.farmguard.collector.detect.engine.DetectionEngine;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps verdicts in step with suppressions: after a suppression is created or removed here ({@link #now()}), and
 * every {@code interval} (suppressions that expired, or that another collector on the same database changed), the
 * devices they cover are scored again.
 */
public final class SuppressionSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SuppressionSync.class);

    private final SuppressionIndex index;
    private final DetectionEngine engine;
    private final ScheduledExecutorService timer;

    public SuppressionSync(SuppressionIndex index, DetectionEngine engine) {
        this.index = index;
        this.engine = engine;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "farmguard-suppressions");
            t.setDaemon(true);
            return t;
        });
    }

    /** Loads the suppressions now and checks again every {@code interval}. */
    public SuppressionSync start(Duration interval) {
        now();
        long every = interval.toMillis();
        timer.scheduleWithFixedDelay(this::scheduled, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Refreshes and re-scores the devices affected; returns how many assessments changed. Thread-safe. */
    public synchronized int now() {
        Set<String> affected = index.refresh();
        if (affected.isEmpty()) {
            return 0;
        }
        int changed = engine.rescore(affected);
        LOG.info("suppressions changed: {} devices re-scored, {} assessments changed", affected.size(), changed);
        return changed;
    }

    private void scheduled() {
        try {
            now();
        } catch (RuntimeException e) {
            LOG.error("refreshing suppressions failed; retrying at the next interval", e);
        }
    }

    /** Stops the timer and waits (10 s at most) for a refresh under way, so it does not outlive the store. Idempotent. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
