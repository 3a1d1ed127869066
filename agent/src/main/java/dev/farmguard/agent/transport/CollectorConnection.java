package dev.farmguard.agent.transport;

import com.google.protobuf.ByteString;
import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.Catalog;
import dev.farmguard.proto.v1.EnrollResponse;
import dev.farmguard.proto.v1.Error;
import dev.farmguard.proto.v1.ErrorCode;
import dev.farmguard.proto.v1.RenewRequest;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.Welcome;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session with the collector, as futures: {@link #welcome()} completes when the collector accepted
 * the Hello, each {@link #send} completes with the snapshot's Ack (or fails with the collector's Error or
 * the connection's end). Thread-safe: callbacks arrive on the event loop, sends may come from any thread.
 */
public final class CollectorConnection implements SessionListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CollectorConnection.class);

    private final HostPort peer;
    private final Consumer<Catalog> catalogListener;
    private final CompletableFuture<Welcome> welcome = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<Ack>> pending = new ConcurrentHashMap<>();
    private final AtomicReference<CompletableFuture<EnrollResponse>> renewal = new AtomicReference<>();
    private volatile Channel channel;
    private volatile Throwable lastFailure;

    CollectorConnection(HostPort peer, Consumer<Catalog> catalogListener) {
        this.peer = peer;
        this.catalogListener = catalogListener;
    }

    void attach(Channel channel) {
        this.channel = channel;
    }

    /** Completes with the collector's Welcome; fails if the session never got that far. */
    public CompletableFuture<Welcome> welcome() {
        return welcome;
    }

    /** Completes when the connection is gone. */
    public CompletableFuture<Void> closeFuture() {
        return closed;
    }

    /** Why the connection ended (or would end now): the last failure, or "closed by the collector". */
    public String closeReason() {
        return closedException().getMessage();
    }

    public boolean isOpen() {
        return !closed.isDone() && channel != null && channel.isActive();
    }

    /** Snapshots sent and not yet acknowledged or refused. */
    public int inFlight() {
        return pending.size();
    }

    /** Whether a snapshot with this sequence is awaiting its Ack. */
    public boolean isInFlight(long sequence) {
        return pending.containsKey(sequence);
    }

    /** Sends a snapshot; the future completes with its Ack. */
    public CompletableFuture<Ack> send(Snapshot snapshot) {
        long sequence = snapshot.getSequence();
        CompletableFuture<Ack> acked = new CompletableFuture<>();
        if (!welcome.isDone() || welcome.isCompletedExceptionally() || channel == null) {
            acked.completeExceptionally(new IllegalStateException("no session with collector " + peer + " yet"));
            return acked;
        }
        AgentMessage message = AgentMessage.newBuilder().setSnapshot(snapshot).build();
        int limit = welcome.join().getMaxFrameBytes();
        if (limit > 0 && message.getSerializedSize() > limit) {
            acked.completeExceptionally(new CollectorRejectedException(ErrorCode.ERROR_CODE_TOO_LARGE,
                    "snapshot is " + message.getSerializedSize() + " bytes, the collector accepts " + limit,
                    sequence, false));
            return acked;
        }
        if (pending.putIfAbsent(sequence, acked) != null) {
            acked.completeExceptionally(new IllegalStateException("snapshot " + sequence + " is already in flight"));
            return acked;
        }
        channel.writeAndFlush(message).addListener(write -> {
            if (!write.isSuccess() && pending.remove(sequence, acked)) {
                acked.completeExceptionally(new TransportException("cannot send snapshot " + sequence + " to "
                        + peer + ": " + Failures.rootMessage(write.cause()), write.cause()));
            }
        });
        if (closed.isDone()) {
            failPending(closedException());
        }
        return acked;
    }

    /**
     * Asks for a fresh certificate for a new key ({@code csrDer}, PKCS#10) over this authenticated session;
     * completes with the collector's answer. One renewal at a time.
     */
    public CompletableFuture<EnrollResponse> renew(byte[] csrDer) {
        CompletableFuture<EnrollResponse> answer = new CompletableFuture<>();
        if (!welcome.isDone() || welcome.isCompletedExceptionally() || channel == null) {
            answer.completeExceptionally(new IllegalStateException("no session with collector " + peer + " yet"));
            return answer;
        }
        if (!renewal.compareAndSet(null, answer)) {
            answer.completeExceptionally(new IllegalStateException("a renewal is already under way"));
            return answer;
        }
        channel.writeAndFlush(AgentMessage.newBuilder().setRenewRequest(RenewRequest.newBuilder()
                .setCsrDer(ByteString.copyFrom(csrDer))).build()).addListener(write -> {
                    if (!write.isSuccess() && renewal.compareAndSet(answer, null)) {
                        answer.completeExceptionally(new TransportException("cannot send the renewal request to "
                                + peer + ": " + Failures.rootMessage(write.cause()), write.cause()));
                    }
                });
        if (closed.isDone() && renewal.compareAndSet(answer, null)) {
            answer.completeExceptionally(closedException());
        }
        return answer;
    }

    @Override
    public void onEnrollResponse(EnrollResponse response) {
        CompletableFuture<EnrollResponse> answer = renewal.getAndSet(null);
        if (answer == null) {
            log.debug("collector {} sent a certificate that was not asked for; ignoring it", peer);
            return;
        }
        answer.complete(response);
    }

    @Override
    public void onWelcome(Welcome message) {
        log.debug("collector {} welcomed device {} (last stored sequence {})", peer, message.getDeviceId(),
                message.getLastStoredSequence());
        welcome.complete(message);
    }

    @Override
    public void onAck(Ack ack) {
        CompletableFuture<Ack> acked = pending.remove(ack.getSequence());
        if (acked == null) {
            log.debug("collector {} acknowledged sequence {} that is not in flight", peer, ack.getSequence());
            return;
        }
        acked.complete(ack);
    }

    @Override
    public void onCatalog(Catalog catalog) {
        catalogListener.accept(catalog);
    }

    @Override
    public void onError(Error error) {
        CollectorRejectedException rejected = new CollectorRejectedException(error.getCode(), error.getMessage(),
                error.getSequence(), error.getFatal());
        CompletableFuture<Ack> acked = error.getSequence() == 0 ? null : pending.remove(error.getSequence());
        CompletableFuture<EnrollResponse> renewing = error.getSequence() == 0 ? renewal.getAndSet(null) : null;
        if (acked != null) {
            acked.completeExceptionally(rejected);
        } else if (renewing != null) {
            renewing.completeExceptionally(rejected);
        } else if (!welcome.isDone()) {
            welcome.completeExceptionally(rejected);
        } else {
            log.warn("{}", rejected.getMessage());
        }
        if (error.getFatal()) {
            lastFailure = rejected;
        }
    }

    @Override
    public void onFailure(Throwable cause) {
        lastFailure = cause;
        log.debug("session with collector {} failed", peer, cause);
    }

    @Override
    public void onClosed() {
        TransportException closedException = closedException();
        welcome.completeExceptionally(closedException);
        failPending(closedException);
        CompletableFuture<EnrollResponse> renewing = renewal.getAndSet(null);
        if (renewing != null) {
            renewing.completeExceptionally(closedException);
        }
        closed.complete(null);
    }

    private TransportException closedException() {
        Throwable failure = lastFailure;
        String reason = failure == null ? "closed by the collector" : Failures.describeConnect(peer, failure);
        return new TransportException(failure == null ? "connection to collector " + peer + " " + reason : reason,
                failure);
    }

    private void failPending(Throwable cause) {
        List<Long> sequences = new ArrayList<>(pending.keySet());
        for (long sequence : sequences) {
            CompletableFuture<Ack> acked = pending.remove(sequence);
            if (acked != null) {
                acked.completeExceptionally(cause);
            }
        }
    }

    /** Closes the connection; idempotent. */
    @Override
    public void close() {
        Channel current = channel;
        if (current != null) {
            current.close();
        }
    }
}
