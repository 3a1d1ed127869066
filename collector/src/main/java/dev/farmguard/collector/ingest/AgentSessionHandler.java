package dev.farmguard.collector.ingest;

import dev.farmguard.collector.intake.IntakeRejectedException;
import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.store.SaveOutcome;
import dev.farmguard.collector.wire.ErrorCode;
import dev.farmguard.collector.wire.Inbound;
import dev.farmguard.collector.wire.Outbound;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The protocol of one certified agent connection: Hello first (answered by Welcome, plus the catalog when
 * the agent's is older), then Snapshots (each acknowledged only after commit) and Heartbeats (echoed).
 * Reading pauses until the Welcome is out, so every ack follows it. The device is the one the client
 * certificate names: a connection without one may only enroll, and a Hello or Snapshot naming another
 * device is refused.
 */
final class AgentSessionHandler extends SimpleChannelInboundHandler<Inbound> {

    private final SessionServices services;
    private final RejectionRecorder rejections;
    private Inbound.Hello hello;
    private CompletableFuture<Void> welcomed;

    AgentSessionHandler(SessionServices services, RejectionRecorder rejections) {
        this.services = services;
        this.rejections = rejections;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Inbound msg) {
        String certified = ChannelState.deviceId(ctx.channel());
        if (certified == null) {
            rejections.closeWith(ctx, Rejection.UNAUTHENTICATED, "message without a client certificate",
                    new Outbound.Refusal(ErrorCode.UNAUTHENTICATED,
                            "this connection has no client certificate: enroll with a token first", 0, true));
            return;
        }
        if (msg instanceof Inbound.Hello h) {
            onHello(ctx, h, certified);
        } else if (msg instanceof Inbound.SnapshotReport r) {
            onSnapshot(ctx, r.snapshot());
        } else if (msg instanceof Inbound.Heartbeat h) {
            ctx.writeAndFlush(new Outbound.HeartbeatEcho(h.sentAt()));
        } else {
            violation(ctx, msg.getClass().getSimpleName() + " is not expected here", 0);
        }
    }

    private void onHello(ChannelHandlerContext ctx, Inbound.Hello h, String certified) {
        if (hello != null) {
            violation(ctx, "second hello on one connection", 0);
            return;
        }
        if (!h.deviceId().equals(certified)) {
            mismatch(ctx, "hello names device '" + h.deviceId() + "'", certified, 0);
            return;
        }
        // again at Hello: the device may have been revoked (or the certificate expired) since the handshake
        if (HandshakeWatcher.refuseIfUnusable(ctx, services.certificates(), rejections,
                ChannelState.certificate(ctx.channel()))) {
            return;
        }
        hello = h;
        ctx.channel().config().setAutoRead(false);
        welcomed = services.lastStoredSequence().apply(h.deviceId()).handle((last, failure) -> {
            ctx.executor().execute(() -> sendWelcome(ctx, h, last, failure));
            return null;
        });
    }

    private void sendWelcome(ChannelHandlerContext ctx, Inbound.Hello h, Long last, Throwable failure) {
        if (failure != null) {
            rejections.closeWith(ctx, Rejection.QUEUE_FULL, "device lookup refused: " + failure.getMessage(),
                    new Outbound.Refusal(ErrorCode.UNAVAILABLE, "collector busy, try again later", 0, true));
            return;
        }
        ctx.write(new Outbound.Welcome(h.deviceId(), last, services.collectorVersion(), services.maxFrameBytes()));
        if (services.catalog().isNewerThan(h.catalogVersion())) {
            ctx.write(new Outbound.CatalogOffer(services.catalog()));
        }
        ctx.flush();
        ctx.channel().config().setAutoRead(true);
    }

    private void onSnapshot(ChannelHandlerContext ctx, DeviceSnapshot snapshot) {
        if (hello == null) {
            violation(ctx, "snapshot before hello", snapshot.sequence());
            return;
        }
        if (!snapshot.deviceId().equals(hello.deviceId())) {
            mismatch(ctx, "snapshot names device '" + snapshot.deviceId() + "'", hello.deviceId(),
                    snapshot.sequence());
            return;
        }
        DeviceSnapshot observed = snapshot.withObservedIp(ChannelState.observedIp(ctx.channel()));
        welcomed.thenCompose(v -> services.sink().submit(observed))
                .whenComplete((outcome, failure) -> answer(ctx, observed, outcome, failure));
    }

    private void answer(ChannelHandlerContext ctx, DeviceSnapshot s, SaveOutcome outcome, Throwable failure) {
        if (failure == null) {
            ctx.writeAndFlush(new Outbound.Ack(s.deviceId(), s.sequence(), outcome == SaveOutcome.DUPLICATE));
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        IntakeRejectedException.Reason reason = cause instanceof IntakeRejectedException r ? r.reason()
                : IntakeRejectedException.Reason.STORE_FAILED;
        Outbound.Refusal refusal = new Outbound.Refusal(ErrorCode.UNAVAILABLE, cause.getMessage(), s.sequence(),
                reason == IntakeRejectedException.Reason.CLOSING);
        switch (reason) {
            case QUEUE_FULL -> rejections.refuse(ctx, Rejection.QUEUE_FULL, cause.getMessage(), refusal);
            case STORE_FAILED -> rejections.refuse(ctx, Rejection.STORE_FAILED, cause.getMessage(), refusal);
            case CLOSING -> ctx.writeAndFlush(refusal).addListener(io.netty.channel.ChannelFutureListener.CLOSE);
        }
    }

    private void mismatch(ChannelHandlerContext ctx, String what, String certified, long sequence) {
        String message = what + " but the client certificate names '" + certified + "'";
        rejections.closeWith(ctx, Rejection.DEVICE_MISMATCH, message,
                new Outbound.Refusal(ErrorCode.UNAUTHENTICATED, message, sequence, true));
    }

    private void violation(ChannelHandlerContext ctx, String message, long sequence) {
        rejections.closeWith(ctx, Rejection.PROTOCOL_VIOLATION, message,
                new Outbound.Refusal(ErrorCode.PROTOCOL, message, sequence, true));
    }
}
