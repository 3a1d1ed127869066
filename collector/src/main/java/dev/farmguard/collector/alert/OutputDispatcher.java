package dev.farmguard.collector.alert;

import dev.farmguard.collector.logging.LogSafe;
import dev.farmguard.collector.store.AlertOutbox;
import dev.farmguard.collector.store.OutboxDelivery;
import dev.farmguard.collector.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox rows of one output on a thread of its own: claims a batch of due rows (a lease, so another
 * collector's dispatcher skips them), sends each, then deletes it, schedules a retry with backoff, or drops it as
 * refused. Idle, it looks again every poll interval. A crash between sending and deleting sends that event again
 * once the lease expires (at least once; receivers de-duplicate on {@code event.id}).
 */
final class OutputDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutputDispatcher.class);
    static final int MAX_BATCH = 20;

    private final AlertOutput output;
    private final AlertOutbox outbox;
    private final String owner;
    private final Backoff backoff;
    private final Duration pollInterval;
    private final Duration lease;
    private final int batchSize;
    private final AlertMetrics metrics;
    private final Clock clock;
    private final Thread thread;
    private final Object idle = new Object();
    private volatile boolean closed;

    OutputDispatcher(AlertOutput output, AlertOutbox outbox, String owner, Backoff backoff, Duration pollInterval,
                     Duration lease, Duration sendTimeout, AlertMetrics metrics, Clock clock) {
        this.output = output;
        this.outbox = outbox;
        this.owner = owner;
        this.backoff = backoff;
        this.pollInterval = pollInterval;
        this.lease = lease;
        // every claimed event must be sent well within the lease, even if each send takes its whole timeout
        long perSend = Math.max(1, sendTimeout.toMillis() * 2);
        this.batchSize = (int) Math.max(1, Math.min(MAX_BATCH, lease.toMillis() / perSend));
        this.metrics = metrics;
        this.clock = clock;
        this.thread = new Thread(this::run, "farmguard-alerts-" + output.name());
        this.thread.setDaemon(true);
    }

    OutputDispatcher start() {
        thread.start();
        return this;
    }

    private void run() {
        while (!closed) {
            int sent;
            try {
                sent = deliverBatch();
            } catch (StoreException e) {
                LOG.warn("alert output {}: outbox unavailable, trying again: {}", output.name(), e.getMessage());
                sent = 0;
            } catch (RuntimeException e) {
                LOG.error("alert output {}: dispatcher failed, trying again", output.name(), e);
                sent = 0;
            }
            if (sent == 0) {
                pause();
            }
        }
    }

    /** Claims and handles one batch; the number of rows handled. */
    int deliverBatch() {
        List<OutboxDelivery> batch = outbox.claim(output.name(), owner, batchSize, clock.instant(), lease);
        for (OutboxDelivery d : batch) {
            if (closed) {
                break;
            }
            handle(d, output.send(d.eventId(), d.body()));
        }
        metrics.depth(outbox.depth(output.name()));
        return batch.size();
    }

    private void handle(OutboxDelivery d, Delivery result) {
        switch (result.outcome()) {
            case DELIVERED -> {
                outbox.delivered(d);
                metrics.delivered();
            }
            case REFUSED -> {
                outbox.failed(d, result.detail());
                metrics.failed();
            }
            case RETRY -> {
                Duration wait = backoff.after(d.attempts() + 1);
                outbox.retryAt(d, clock.instant().plus(wait), result.detail());
                metrics.retried();
                LOG.debug("alert output {}: event {} attempt {} failed ({}), retrying in {}", output.name(),
                        d.eventId(), d.attempts() + 1, LogSafe.text(result.detail()), wait);
            }
        }
    }

    private void pause() {
        synchronized (idle) {
            if (!closed) {
                try {
                    idle.wait(Math.max(1, pollInterval.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closed = true;
                }
            }
        }
    }

    /** Stops after the event being sent (10 s deadline), then releases this dispatcher's leases. Idempotent. */
    @Override
    public void close() {
        closed = true;
        synchronized (idle) {
            idle.notifyAll();
        }
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        output.close();
        try {
            outbox.release(owner);
        } catch (StoreException e) {
            LOG.warn("alert output {}: could not release claimed events (they wait for the lease to expire): {}",
                    output.name(), e.getMessage());
        }
    }
}
