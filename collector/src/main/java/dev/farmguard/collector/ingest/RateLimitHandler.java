package dev.farmguard.collector.ingest;

import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.wire.ErrorCode;
import dev.farmguard.collector.wire.Inbound;
import dev.farmguard.collector.wire.Outbound;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Messages per second per device (limits.messages-per-second, burst limits.message-burst) and bytes per
 * device per period (limits.device-bytes per limits.device-bytes-period, counted on the frame sizes). A
 * message over either is refused with RATE_LIMITED (not fatal: the agent keeps a refused snapshot and resends
 * it later) and counted (`rate_limited`, `byte_quota`); the connection stays open. Before the client is known
 * (enrollment) the buckets are the connection's own.
 */
final class RateLimitHandler extends ChannelInboundHandlerAdapter {

    private final DeviceRateLimits messages;
    private final DeviceRateLimits bytes;
    private final RejectionRecorder rejections;
    private String key;
    private boolean device;
    private TokenBucket messageBucket;
    private TokenBucket byteBucket;

    RateLimitHandler(DeviceRateLimits messages, DeviceRateLimits bytes, RejectionRecorder rejections) {
        this.messages = messages;
        this.bytes = bytes;
        this.rejections = rejections;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (!(msg instanceof Inbound inbound)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (key == null) {
            String deviceId = ChannelState.deviceId(ctx.channel());
            device = deviceId != null;
            key = device ? "device:" + deviceId : "connection:" + ctx.channel().id().asLongText();
            messageBucket = messages.acquire(key);
            byteBucket = bytes.acquire(key);
        }
        long sequence = inbound instanceof Inbound.SnapshotReport r ? r.snapshot().sequence() : 0;
        if (!messageBucket.tryTake()) {
            rejections.refuse(ctx, Rejection.RATE_LIMITED, "over limits.messages-per-second",
                    new Outbound.Refusal(ErrorCode.RATE_LIMITED, "too many messages, send this again later", sequence,
                            false));
            return;
        }
        Integer frameBytes = ctx.channel().attr(ChannelState.FRAME_BYTES).get();
        if (frameBytes != null && !byteBucket.tryTake(frameBytes)) {
            rejections.refuse(ctx, Rejection.BYTE_QUOTA, "over limits.device-bytes per limits.device-bytes-period",
                    new Outbound.Refusal(ErrorCode.RATE_LIMITED, "this device sent too many bytes for now, send this "
                            + "again later", sequence, false));
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (key != null) {
            messages.release(key, false);
            bytes.release(key, device);
            key = null;
        }
        super.channelInactive(ctx);
    }
}
