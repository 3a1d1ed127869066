package dev.farmguard.collector.ingest;

import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.wire.Outbound;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts, logs and acts on a rejection. A fatal rejection closes the connection (after sending the refusal,
 * when there is one and TLS is up); it is counted and logged once per connection however many errors follow.
 */
final class RejectionRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(RejectionRecorder.class);

    private final CollectorMetrics metrics;

    RejectionRecorder(CollectorMetrics metrics) {
        this.metrics = metrics;
    }

    /** Rejects and closes the connection; {@code refusal} may be null (nothing is sent). */
    void closeWith(ChannelHandlerContext ctx, Rejection reason, String detail, Outbound.Refusal refusal) {
        if (ctx.channel().attr(ChannelState.REJECTED).setIfAbsent(Boolean.TRUE) != null) {
            ctx.close();
            return;
        }
        metrics.rejected(reason);
        LOG.info("closing agent connection from {}: {} ({})", ChannelState.describePeer(ctx.channel()),
                reason.tag(), detail);
        if (refusal != null && ctx.channel().isActive()) {
            ctx.writeAndFlush(refusal).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.close();
        }
    }

    /** A cause for the log: never the peer's bytes (they could hold a secret sent to the wrong port). */
    static String describe(Throwable cause) {
        if (cause instanceof io.netty.handler.ssl.NotSslRecordException) {
            return "not a TLS record (plain text or another protocol)";
        }
        String m = String.valueOf(cause.getMessage());
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    /** Counts a refused message on a connection that stays open; logged once per connection and reason. */
    void refuse(ChannelHandlerContext ctx, Rejection reason, String detail, Outbound.Refusal refusal) {
        metrics.rejected(reason);
        io.netty.util.Attribute<Boolean> logged =
                ctx.channel().attr(io.netty.util.AttributeKey.valueOf("farmguard.logged." + reason.tag()));
        if (logged.setIfAbsent(Boolean.TRUE) == null) {
            LOG.warn("refused a message from {}: {} ({}); further ones on this connection are only counted",
                    ChannelState.describePeer(ctx.channel()), reason.tag(), detail);
        }
        ctx.writeAndFlush(refusal);
    }
}
