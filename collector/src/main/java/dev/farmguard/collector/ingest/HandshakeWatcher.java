package dev.farmguard.collector.ingest;

import dev.farmguard.collector.metrics.Rejection;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslHandshakeTimeoutException;

/** Records failed and timed-out TLS handshakes (the SslHandler itself closes those connections). */
@ChannelHandler.Sharable
final class HandshakeWatcher extends ChannelInboundHandlerAdapter {

    private final RejectionRecorder rejections;

    HandshakeWatcher(RejectionRecorder rejections) {
        this.rejections = rejections;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof SslHandshakeCompletionEvent done && !done.isSuccess()) {
            Throwable cause = done.cause();
            boolean timeout = cause instanceof SslHandshakeTimeoutException;
            rejections.closeWith(ctx, timeout ? Rejection.HANDSHAKE_TIMEOUT : Rejection.HANDSHAKE_FAILED,
                    RejectionRecorder.describe(cause), null);
        }
        super.userEventTriggered(ctx, evt);
    }
}
