package dev.farmguard.collector.detect.engine;

import dev.farmguard.collector.intake.BoundedExecutor;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Devices waiting for their device rules, on a bounded pool. A device already waiting is not queued twice (its
 * evaluation reads the newest data when it runs), so a burst of snapshots costs one evaluation per device. When
 * the queue is full the device is dropped and counted; the next fleet run catches it up.
 */
final class DeviceQueue implements AutoCloseable {

    private final BoundedExecutor pool;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final Consumer<String> evaluate;
    private final AtomicLong dropped = new AtomicLong();

    DeviceQueue(int threads, int capacity, Consumer<String> evaluate) {
        this.pool = new BoundedExecutor("farmguard-detect", threads, capacity);
        this.evaluate = evaluate;
    }

    /** Queues the device unless it is already waiting; false when it had to be dropped. */
    boolean offer(String deviceId) {
        if (!waiting.add(deviceId)) {
            return true;
        }
        CompletableFuture<Void> f = pool.submit(() -> {
            waiting.remove(deviceId);
            evaluate.accept(deviceId);
            return null;
        });
        if (rejected(f)) {
            waiting.remove(deviceId);
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    /** Whether the pool refused the work (queue full or closing); such a future has already failed. */
    private static boolean rejected(CompletableFuture<?> f) {
        if (!f.isCompletedExceptionally()) {
            return false;
        }
        try {
            f.getNow(null);
            return false;
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause() instanceof java.util.concurrent.RejectedExecutionException;
        } catch (java.util.concurrent.CancellationException e) {
            return false;
        }
    }

    /** Evaluates every device on the pool's threads (or here when the pool is full) and waits. */
    void evaluateAll(Iterable<String> deviceIds) {
        java.util.List<CompletableFuture<Void>> running = new java.util.ArrayList<>();
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

    long dropped() {
        return dropped.get();
    }

    int queued() {
        return pool.queued();
    }

    @Override
    public void close() {
        pool.close(Duration.ofSeconds(10));
    }
}
