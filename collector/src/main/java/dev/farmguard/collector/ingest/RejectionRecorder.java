package dev.farmguard.collector.ingest;

import dev.farmguard.collector.logging.LogBudget;
import dev.farmguard.collector.logging.LogSafe;
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
 * Logging has a budget per reason (20 lines per 10 s, the next line telling how many were left out), so a
 * flood of bad connections cannot fill the disk; the metric counts every rejection.
 */
final class RejectionRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(RejectionRecorder.class);

    private static final int LINES_PER_WINDOW = 20;
    private static final long WINDOW_NANOS = 10_000_000_000L;

    private final CollectorMetrics metrics;
    private final LogBudget<Rejection> budget;

    RejectionRecorder(CollectorMetrics metrics) {
        this(metrics, new LogBudget<>(Rejection.class, LINES_PER_WINDOW, WINDOW_NANOS, System::nanoTime));
    }

    RejectionRecorder(CollectorMetrics metrics, LogBudget<Rejection> budget) {
        this.metrics = metrics;
        this.budget = budget;
    }

    /** Rejects and closes the connection; {@code refusal} may be null (nothing is sent). */
    void closeWith(ChannelHandlerContext ctx, Rejection reason, String detail, Outbound.Refusal refusal) {
        if (ctx.channel().attr(ChannelState.REJECTED).setIfAbsent(Boolean.TRUE) != null) {
            ctx.close();
            return;
        }
        metrics.rejected(reason);
        long suppressed = budget.take(reason);
        if (suppressed >= 0) {
            LOG.info("closing agent connection from {}: {} ({}){}", ChannelState.describePeer(ctx.channel()),
                    reason.tag(), LogSafe.text(detail), suppressed == 0 ? "" : "; " + suppressed + " more not logged");
        }
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
            long suppressed = budget.take(reason);
            if (suppressed >= 0) {
                LOG.warn("refused a message from {}: {} ({}); further ones on this connection are only counted{}",
                        ChannelState.describePeer(ctx.channel()), reason.tag(), LogSafe.text(detail),
                        suppressed == 0 ? "" : "; " + suppressed + " more not logged");
            }
        }
        ctx.writeAndFlush(refusal);
    }
}
