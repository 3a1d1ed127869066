package dev.farmguard.collector.intake;

import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.store.SaveOutcome;
import dev.farmguard.collector.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores snapshots with group commit: one thread takes everything queued (up to {@code maxBatch}), saves it
 * in one transaction, then completes each snapshot's future, so acks follow commits. The queue is bounded;
 * when it is full, {@link #submit} fails at once and the agent is told to retry later.
 */
public final class SnapshotWriter implements SnapshotSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);

    private final Store store;
    private final CollectorMetrics metrics;
    private final Clock clock;
    private final int maxBatch;
    private final List<SnapshotListener> listeners;
    private final BlockingQueue<Pending> queue;
    private final Thread thread;
    private volatile boolean closing;

    public SnapshotWriter(Store store, CollectorMetrics metrics, Clock clock, int queueCapacity, int maxBatch,
                          List<SnapshotListener> listeners) {
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
        this.maxBatch = maxBatch;
        this.listeners = List.copyOf(listeners);
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, "farmguard-store-writer");
        this.thread.setDaemon(true);
        metrics.gauge("farmguard.ingest.queue.depth", "Snapshots waiting for storage", queue::size);
    }

    public SnapshotWriter start() {
        thread.start();
        return this;
    }

    /** Queues a snapshot; the future completes once it is committed (or fails with {@link IntakeRejectedException}). */
    @Override
    public CompletableFuture<SaveOutcome> submit(DeviceSnapshot snapshot) {
        CompletableFuture<SaveOutcome> result = new CompletableFuture<>();
        if (closing) {
            result.completeExceptionally(new IntakeRejectedException(IntakeRejectedException.Reason.CLOSING,
                    "the collector is shutting down", null));
        } else if (!queue.offer(new Pending(snapshot, result))) {
            result.completeExceptionally(new IntakeRejectedException(IntakeRejectedException.Reason.QUEUE_FULL,
                    "storage queue is full (" + queue.size() + ")", null));
        }
        return result;
    }

    private void run() {
        while (!(closing && queue.isEmpty())) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Pending> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, maxBatch - 1);
                    commit(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        failRemaining();
    }

    /** Commits whatever is queued now, on the calling thread (tests; {@link #run} does the same in a loop). */
    int commitQueued() {
        List<Pending> batch = new ArrayList<>();
        queue.drainTo(batch, maxBatch);
        if (!batch.isEmpty()) {
            commit(batch);
        }
        return batch.size();
    }

    private void commit(List<Pending> batch) {
        List<SaveOutcome> outcomes;
        try {
            outcomes = store.saveSnapshots(batch.stream().map(Pending::snapshot).toList(), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("storing {} snapshots failed; agents will resend: {}", batch.size(), e.getMessage());
            IntakeRejectedException failure = new IntakeRejectedException(IntakeRejectedException.Reason.STORE_FAILED,
                    "storage failed", e);
            batch.forEach(p -> p.result().completeExceptionally(failure));
            return;
        }
        List<DeviceSnapshot> fresh = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.get(i) == SaveOutcome.STORED) {
                fresh.add(batch.get(i).snapshot());
            }
        }
        metrics.snapshotsStored(fresh.size());
        metrics.snapshotsDuplicate(batch.size() - fresh.size());
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(outcomes.get(i));
        }
        if (!fresh.isEmpty()) {
            notifyListeners(fresh);
        }
    }

    private void notifyListeners(List<DeviceSnapshot> fresh) {
        for (SnapshotListener l : listeners) {
            try {
                l.onCommitted(fresh);
            } catch (RuntimeException e) {
                LOG.error("snapshot listener {} failed on {} snapshots", l.getClass().getName(), fresh.size(), e);
            }
        }
    }

    private void failRemaining() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.result().completeExceptionally(new IntakeRejectedException(
                IntakeRejectedException.Reason.CLOSING, "the collector is shutting down", null)));
    }

    /** Stops taking snapshots, commits what is queued, and waits up to {@code deadline}. Idempotent. */
    public void close(Duration deadline) {
        closing = true;
        if (thread.isAlive()) {
            try {
                thread.join(deadline.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("storage writer did not finish within {}; {} snapshots not stored", deadline, queue.size());
                thread.interrupt();
            }
        } else {
            failRemaining();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    private record Pending(DeviceSnapshot snapshot, CompletableFuture<SaveOutcome> result) {}
}
