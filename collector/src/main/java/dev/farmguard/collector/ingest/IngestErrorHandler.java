package dev.farmguard.collector.ingest;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.wire.ErrorCode;
import dev.farmguard.collector.wire.InvalidMessageException;
import dev.farmguard.collector.wire.LimitExceededException;
import dev.farmguard.collector.wire.Outbound;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Last handler: turns any exception into one counted, logged rejection and closes the connection. */
@ChannelHandler.Sharable
final class IngestErrorHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(IngestErrorHandler.class);

    private final RejectionRecorder rejections;

    IngestErrorHandler(RejectionRecorder rejections) {
        this.rejections = rejections;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable c = rootOf(cause);
        if (c instanceof TooLongFrameException) {
            rejections.closeWith(ctx, Rejection.OVERSIZED_FRAME, c.getMessage(),
                    new Outbound.Refusal(ErrorCode.TOO_LARGE, "frame larger than the collector accepts", 0, true));
        } else if (c instanceof TruncatedFrameException) {
            rejections.closeWith(ctx, Rejection.TRUNCATED_FRAME, c.getMessage(), null);
        } else if (c instanceof InvalidProtocolBufferException) {
            rejections.closeWith(ctx, Rejection.MALFORMED_PROTOBUF, c.getMessage(),
                    new Outbound.Refusal(ErrorCode.BAD_MESSAGE, "not a valid AgentMessage", 0, true));
        } else if (c instanceof LimitExceededException limit) {
            rejections.closeWith(ctx, Rejection.LIMIT_EXCEEDED, limit.getMessage(),
                    new Outbound.Refusal(limit.code(), limit.getMessage(), limit.sequence(), true));
        } else if (c instanceof InvalidMessageException invalid) {
            Rejection reason = invalid.code() == ErrorCode.PROTOCOL ? Rejection.PROTOCOL_VIOLATION
                    : Rejection.INVALID_MESSAGE;
            rejections.closeWith(ctx, reason, invalid.getMessage(),
                    new Outbound.Refusal(invalid.code(), invalid.getMessage(), invalid.sequence(), true));
        } else if (c instanceof SSLException) {
            rejections.closeWith(ctx, handshakeDone(ctx) ? Rejection.TLS_ERROR : Rejection.HANDSHAKE_FAILED,
                    RejectionRecorder.describe(c), null);
        } else if (c instanceof IOException) {
            LOG.debug("agent connection from {} ended: {}", ChannelState.describePeer(ctx.channel()), c.getMessage());
            ctx.close();
        } else {
            LOG.warn("unexpected error on agent connection from {}", ChannelState.describePeer(ctx.channel()), cause);
            ctx.close();
        }
    }

    private static boolean handshakeDone(ChannelHandlerContext ctx) {
        SslHandler ssl = ctx.pipeline().get(SslHandler.class);
        return ssl != null && ssl.handshakeFuture().isSuccess();
    }

    /** Netty wraps decoder failures (DecoderException); the cause says what really happened. */
    private static Throwable rootOf(Throwable t) {
        Throwable c = t;
        while (c instanceof io.netty.handler.codec.DecoderException && !(c instanceof TruncatedFrameException)
                && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
