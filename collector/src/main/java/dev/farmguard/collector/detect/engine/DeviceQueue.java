package dev.farmguard.collector.detect.engine;

import dev.farmguard.collector.intake.BoundedExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Devices waiting for their device rules, on a bounded pool. A device already waiting is not queued twice (its
 * evaluation reads the newest data when it runs), and a device is evaluated at most once per {@code minInterval}
 * (a device streaming a backlog is evaluated again when the interval is over), so a burst of snapshots costs a
 * few evaluations per device rather than one per snapshot. When {@code capacity} devices wait, more are dropped
 * and counted; the next fleet run catches them up. The pacing uses the wall clock only to spread work; what a
 * rule concludes depends on the data alone.
 */
final class DeviceQueue implements AutoCloseable {

    private final BoundedExecutor pool;
    private final ScheduledExecutorService timer;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> lastStarted = new ConcurrentHashMap<>();
    private final Consumer<String> evaluate;
    private final long minIntervalNanos;
    private final int capacity;
    private final AtomicLong dropped = new AtomicLong();

    DeviceQueue(int threads, int capacity, Duration minInterval, Consumer<String> evaluate) {
        this.pool = new BoundedExecutor("farmguard-detect", threads, capacity);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "farmguard-detect-timer");
            t.setDaemon(true);
            return t;
        });
        this.capacity = capacity;
        this.minIntervalNanos = minInterval.toNanos();
        this.evaluate = evaluate;
    }

    /** Queues the device unless it is already waiting; false when it had to be dropped. */
    boolean offer(String deviceId) {
        if (waiting.contains(deviceId)) {
            return true;
        }
        if (waiting.size() >= capacity || !waiting.add(deviceId)) {
            return dropIfNotWaiting(deviceId);
        }
        Long last = lastStarted.get(deviceId);
        long delay = last == null ? 0 : Math.max(0, last + minIntervalNanos - System.nanoTime());
        try {
            if (delay == 0) {
                submit(deviceId);
            } else {
                timer.schedule(() -> submit(deviceId), delay, TimeUnit.NANOSECONDS);
            }
        } catch (RejectedExecutionException e) {
            waiting.remove(deviceId);
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    private boolean dropIfNotWaiting(String deviceId) {
        if (waiting.contains(deviceId)) {
            return true;
        }
        dropped.incrementAndGet();
        return false;
    }

    private void submit(String deviceId) {
        CompletableFuture<Void> f = pool.submit(() -> {
            waiting.remove(deviceId);
            lastStarted.put(deviceId, System.nanoTime());
            evaluate.accept(deviceId);
            return null;
        });
        if (rejected(f)) {
            waiting.remove(deviceId);
            dropped.incrementAndGet();
        }
    }

    /** Evaluates every device on the pool's threads (here when the pool is full) and waits for all of them. */
    void evaluateAll(Iterable<String> deviceIds) {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (String id : deviceIds) {
            CompletableFuture<Void> f = pool.submit(() -> {
                evaluate.accept(id);
                return null;
            });
            if (rejected(f)) {
                evaluate.accept(id);
            } else {
                running.add(f);
            }
        }
        running.forEach(f -> f.exceptionally(e -> null).join());
    }

    /** Whether the pool refused the work (queue full or closing); such a future has already failed. */
    private static boolean rejected(CompletableFuture<?> f) {
        if (!f.isCompletedExceptionally()) {
            return false;
        }
        try {
            f.getNow(null);
            return false;
        } catch (CompletionException e) {
            return e.getCause() instanceof RejectedExecutionException;
        } catch (CancellationException e) {
            return false;
        }
    }

    long dropped() {
        return dropped.get();
    }

    int queued() {
        return waiting.size();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        pool.close(Duration.ofSeconds(10));
    }
}
