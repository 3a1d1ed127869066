package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.ApiErrorLog;
import dev.farmguard.collector.net.ConnectionLimiter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * First handler: api.max-connections-per-address and api.max-connections. A connection past a cap is closed
 * before its TLS handshake starts, so refused connections cost no handshake and no buffers.
 */
final class ApiConnectionLimit extends ChannelInboundHandlerAdapter {

    private final ConnectionLimiter limiter;
    private final ApiErrorLog log;
    private InetAddress counted;

    ApiConnectionLimit(ConnectionLimiter limiter, ApiErrorLog log) {
        this.limiter = limiter;
        this.log = log;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        InetAddress peer = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
        if (!limiter.tryAcquire(peer)) {
            log.client(ApiErrorLog.Kind.REFUSED_CONNECTION, peer.getHostAddress(), "too many open connections ("
                    + limiter.openFrom(peer) + " from this address, " + limiter.openTotal()
                    + " in all; api.max-connections-per-address, api.max-connections)");
            ctx.close();
            return;
        }
        counted = peer;
        super.channelActive(ctx);
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
