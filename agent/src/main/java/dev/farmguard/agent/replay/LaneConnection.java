package dev.farmguard.agent.replay;

import dev.farmguard.agent.transport.CollectorConnection;
import dev.farmguard.agent.transport.CollectorRejectedException;
import dev.farmguard.agent.transport.Failures;
import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.Snapshot;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One replay session (one device, one observed IP) and the snapshots it has in flight, oldest first. A
 * snapshot the collector cannot take now (RATE_LIMITED, UNAVAILABLE) is sent again after a growing pause,
 * within the ack timeout.
 */
final class LaneConnection {

    private static final int MAX_ATTEMPTS = 12;

    private final CollectorConnection connection;
    private final ReplayStats stats;
    private final Duration ackTimeout;
    private final Deque<CompletableFuture<Ack>> outstanding = new ArrayDeque<>();

    LaneConnection(CollectorConnection connection, ReplayStats stats, Duration ackTimeout) {
        this.connection = connection;
        this.stats = stats;
        this.ackTimeout = ackTimeout;
    }

    boolean isOpen() {
        return connection.isOpen();
    }

    /** Sends, keeping at most {@code window} unacknowledged; a resent sequence first waits for the earlier one. */
    void send(Snapshot snapshot, long lineNumber, int window) {
        if (connection.isInFlight(snapshot.getSequence())) {
            drain();
        }
        while (outstanding.size() >= window) {
            awaitOldest();
        }
        stats.sent.incrementAndGet();
        CompletableFuture<Ack> result = new CompletableFuture<>();
        attempt(snapshot, 1, result);
        CompletableFuture<Ack> acked = result
                .orTimeout(ackTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ack, error) -> {
                    if (error == null) {
                        stats.acked.incrementAndGet();
                        if (ack.getDuplicate()) {
                            stats.duplicates.incrementAndGet();
                        }
                    } else {
                        Throwable cause = Failures.unwrap(error);
                        stats.error(lineNumber, cause instanceof TimeoutException
                                ? "no Ack within " + ackTimeout.toSeconds() + " s" : cause.getMessage());
                    }
                });
        outstanding.add(acked);
    }

    private void attempt(Snapshot snapshot, int attempt, CompletableFuture<Ack> result) {
        connection.send(snapshot).whenComplete((ack, error) -> {
            if (error == null) {
                result.complete(ack);
                return;
            }
            Throwable cause = Failures.unwrap(error);
            if (cause instanceof CollectorRejectedException refused && refused.retryable() && attempt < MAX_ATTEMPTS
                    && !result.isDone() && connection.isOpen()) {
                long pause = Math.min(5_000, 100L << Math.min(attempt, 6));
                CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS)
                        .execute(() -> attempt(snapshot, attempt + 1, result));
            } else {
                result.completeExceptionally(cause);
            }
        });
    }

    /** Waits until every sent snapshot is acknowledged or failed (keeps per-device order across sessions). */
    void drain() {
        while (!outstanding.isEmpty()) {
            awaitOldest();
        }
    }

    void close() {
        drain();
        connection.close();
    }

    private void awaitOldest() {
        // completes (normally or not) within the ack timeout; the outcome is already counted
        outstanding.poll().handle((ack, error) -> null).join();
    }
}
