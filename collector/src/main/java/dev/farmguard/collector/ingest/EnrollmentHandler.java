package dev.farmguard.collector.ingest;

import dev.farmguard.collector.enroll.EnrollmentRefusedException;
import dev.farmguard.collector.enroll.IssuedCertificate;
import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.wire.ErrorCode;
import dev.farmguard.collector.wire.Inbound;
import dev.farmguard.collector.wire.Outbound;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrollment (token + key for a certificate; allowed without a client certificate) and renewal (only on a
 * connection certified for a device, for that device). Certificates are issued off the event loop; reading
 * pauses meanwhile, so requests are answered in order. Any refusal closes the connection.
 */
final class EnrollmentHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(EnrollmentHandler.class);

    private final SessionServices services;
    private final RejectionRecorder rejections;

    EnrollmentHandler(SessionServices services, RejectionRecorder rejections) {
        this.services = services;
        this.rejections = rejections;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Inbound.Enroll e) {
            issue(ctx, false, () -> services.enroller().enroll(e.request()));
        } else if (msg instanceof Inbound.Renew r) {
            String device = ChannelState.deviceId(ctx.channel());
            if (device == null) {
                rejections.closeWith(ctx, Rejection.UNAUTHENTICATED, "renewal without a client certificate",
                        new Outbound.Refusal(ErrorCode.UNAUTHENTICATED,
                                "renewal needs the current client certificate; enroll with a token instead", 0, true));
                return;
            }
            issue(ctx, true, () -> services.enroller().renew(device, r.csrDer()));
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private void issue(ChannelHandlerContext ctx, boolean renewal, Callable<IssuedCertificate> work) {
        ctx.channel().config().setAutoRead(false);
        services.blocking().submit(work).whenComplete((issued, failure) ->
                ctx.executor().execute(() -> answer(ctx, renewal, issued, failure)));
    }

    private void answer(ChannelHandlerContext ctx, boolean renewal, IssuedCertificate issued, Throwable failure) {
        if (failure == null) {
            services.metrics().certificateIssued(renewal);
            ctx.writeAndFlush(new Outbound.CertificateIssued(issued));
            ctx.channel().config().setAutoRead(true);
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof EnrollmentRefusedException refused) {
            rejections.closeWith(ctx, Rejection.ENROLLMENT_REFUSED, refused.detail(),
                    new Outbound.Refusal(ErrorCode.UNAUTHENTICATED, refused.getMessage(), 0, true));
        } else if (cause instanceof RejectedExecutionException) {
            rejections.closeWith(ctx, Rejection.QUEUE_FULL, "enrollment queue full",
                    new Outbound.Refusal(ErrorCode.UNAVAILABLE, "collector busy, try again later", 0, true));
        } else {
            LOG.error("issuing a device certificate failed", cause);
            rejections.closeWith(ctx, Rejection.STORE_FAILED, "issuing a certificate failed: " + cause.getMessage(),
                    new Outbound.Refusal(ErrorCode.UNAVAILABLE, "collector could not issue a certificate now", 0,
                            true));
        }
    }
}
