package dev.farmguard.agent.replay;

import dev.farmguard.agent.transport.CollectorConnection;
import dev.farmguard.agent.transport.Failures;
import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.Snapshot;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One replay session (one device, one observed IP) and the snapshots it has in flight, oldest first. */
final class LaneConnection {

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
        CompletableFuture<Ack> acked = connection.send(snapshot)
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
