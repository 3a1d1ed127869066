package dev.farmguard.collector.ingest;

import dev.farmguard.collector.metrics.Rejection;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;

/** Closes a connection that sent no complete message within the idle timeout (slow or stuck peers). */
@ChannelHandler.Sharable
final class IdleCloser extends ChannelInboundHandlerAdapter {

    private final RejectionRecorder rejections;

    IdleCloser(RejectionRecorder rejections) {
        this.rejections = rejections;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            rejections.closeWith(ctx, Rejection.IDLE_TIMEOUT, "no complete message within limits.idle-timeout", null);
            return;
        }
        super.userEventTriggered(ctx, evt);
    }
}
