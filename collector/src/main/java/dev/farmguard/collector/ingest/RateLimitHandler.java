package dev.farmguard.collector.ingest;

import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.wire.ErrorCode;
import dev.farmguard.collector.wire.Inbound;
import dev.farmguard.collector.wire.Outbound;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Messages per second per device (limits.messages-per-second, burst limits.message-burst). A message over
 * the rate is refused with RATE_LIMITED (not fatal: the agent keeps a refused snapshot and resends it
 * later) and counted; the connection stays open. Before the client is known (enrollment) the bucket is
 * the connection's own.
 */
final class RateLimitHandler extends ChannelInboundHandlerAdapter {

    private final DeviceRateLimits limits;
    private final RejectionRecorder rejections;
    private String key;
    private TokenBucket bucket;

    RateLimitHandler(DeviceRateLimits limits, RejectionRecorder rejections) {
        this.limits = limits;
        this.rejections = rejections;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (!(msg instanceof Inbound inbound)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (bucket == null) {
            String device = ChannelState.deviceId(ctx.channel());
            key = device != null ? "device:" + device : "connection:" + ctx.channel().id().asLongText();
            bucket = limits.acquire(key);
        }
        if (bucket.tryTake()) {
            ctx.fireChannelRead(msg);
            return;
        }
        long sequence = inbound instanceof Inbound.SnapshotReport r ? r.snapshot().sequence() : 0;
        rejections.refuse(ctx, Rejection.RATE_LIMITED, "over limits.messages-per-second",
                new Outbound.Refusal(ErrorCode.RATE_LIMITED, "too many messages, send this again later", sequence,
                        false));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (key != null) {
            limits.release(key);
            key = null;
        }
        super.channelInactive(ctx);
    }
}
