package dev.farmguard.collector.intake;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool with a bounded queue for blocking work (store reads) kept off Netty's event loops. When the
 * queue is full, {@link #submit} fails at once instead of blocking the caller.
 */
public final class BoundedExecutor implements BlockingWork, AutoCloseable {

    private final ThreadPoolExecutor pool;

    public BoundedExecutor(String name, int threads, int queueCapacity) {
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), r -> {
                    Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs {@code work}; the future fails with {@link RejectedExecutionException} when the queue is full. */
    @Override
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            pool.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    public int queued() {
        return pool.getQueue().size();
    }

    /** Stops taking work and waits up to {@code deadline} for queued work to finish. Idempotent. */
    public void close(Duration deadline) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
