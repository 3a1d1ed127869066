package dev.farmguard.collector.ingest;

import dev.farmguard.collector.metrics.Rejection;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.haproxy.HAProxyCommand;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyProxiedProtocol.AddressFamily;
import io.netty.handler.codec.haproxy.HAProxyProtocolException;
import io.netty.util.NetUtil;

/** Takes the agent's address from a trusted proxy's PROXY v2 header, then leaves the pipeline. */
final class ProxyHeaderReader extends SimpleChannelInboundHandler<HAProxyMessage> {

    private final RejectionRecorder rejections;

    ProxyHeaderReader(RejectionRecorder rejections) {
        this.rejections = rejections;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HAProxyMessage header) {
        // LOCAL is the proxy's own health check: no client behind it, the socket peer stays the observed IP;
        // so does a UNIX-socket source, which is a path, not an address
        AddressFamily family = header.proxiedProtocol().addressFamily();
        boolean ip = family == AddressFamily.AF_IPv4 || family == AddressFamily.AF_IPv6;
        if (header.command() == HAProxyCommand.PROXY && ip && header.sourceAddress() != null) {
            // the decoder writes IPv6 in full ("2001:db8:0:0:0:0:0:7"); store the RFC 5952 form the agent uses
            java.net.InetAddress source = NetUtil.createInetAddressFromIpAddressString(header.sourceAddress());
            ctx.channel().attr(ChannelState.OBSERVED_IP)
                    .set(source == null ? header.sourceAddress() : NetUtil.toAddressString(source));
        }
        ctx.pipeline().remove(this);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof HAProxyProtocolException || cause.getCause() instanceof HAProxyProtocolException) {
            rejections.closeWith(ctx, Rejection.MISSING_PROXY_HEADER, "bad PROXY v2 header: " + cause.getMessage(),
                    null);
        } else {
            ctx.fireExceptionCaught(cause);
        }
    }
}
