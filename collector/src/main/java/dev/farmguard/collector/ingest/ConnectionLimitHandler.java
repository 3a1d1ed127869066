package dev.farmguard.collector.ingest;

import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.net.ConnectionLimiter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetAddress;

/**
 * Enforces limits.max-connections-per-address. A direct connection counts against its socket peer as soon
 * as it opens (so silent connections count too); one from a trusted proxy counts against the client
 * address of its PROXY v2 header, known when the first bytes after the header arrive.
 */
final class ConnectionLimitHandler extends ChannelInboundHandlerAdapter {

    private final ConnectionLimiter limiter;
    private final TrustedProxies trustedProxies;
    private final RejectionRecorder rejections;
    private InetAddress counted;
    private boolean decided;

    ConnectionLimitHandler(ConnectionLimiter limiter, TrustedProxies trustedProxies, RejectionRecorder rejections) {
        this.limiter = limiter;
        this.trustedProxies = trustedProxies;
        this.rejections = rejections;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        InetAddress peer = ChannelState.peerAddress(ctx.channel());
        if (!trustedProxies.contains(peer) && !admit(ctx, peer)) {
            return;
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (!decided && !admit(ctx, ChannelState.observedAddress(ctx.channel()))) {
            io.netty.util.ReferenceCountUtil.release(msg);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    private boolean admit(ChannelHandlerContext ctx, InetAddress address) {
        decided = true;
        if (address == null) {
            return true;
        }
        if (!limiter.tryAcquire(address)) {
            rejections.closeWith(ctx, Rejection.TOO_MANY_CONNECTIONS, "more than limits.max-connections-per-address"
                    + " open from " + address.getHostAddress(), null);
            return false;
        }
        counted = address;
        return true;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (counted != null) {
            limiter.release(counted);
            counted = null;
        }
        super.channelInactive(ctx);
    }
}
