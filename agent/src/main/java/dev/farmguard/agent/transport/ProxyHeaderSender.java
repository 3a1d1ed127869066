package dev.farmguard.agent.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.haproxy.HAProxyCommand;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyProtocolVersion;
import io.netty.handler.codec.haproxy.HAProxyProxiedProtocol;
import io.netty.util.NetUtil;
import java.net.InetSocketAddress;

/**
 * Writes a PROXY protocol v2 header naming {@code observedIp} as the client, as the first bytes of the
 * connection (before TLS, as a TCP load balancer does), then leaves the pipeline. Used by replay so the
 * collector sees each record's recorded public IP.
 */
final class ProxyHeaderSender extends ChannelInboundHandlerAdapter {

    private final String observedIp;

    ProxyHeaderSender(String observedIp) {
        if (!NetUtil.isValidIpV4Address(observedIp) && !NetUtil.isValidIpV6Address(observedIp)) {
            throw new IllegalArgumentException("observed IP '" + observedIp + "' is not an IP address");
        }
        this.observedIp = observedIp;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        InetSocketAddress local = (InetSocketAddress) ctx.channel().localAddress();
        InetSocketAddress remote = (InetSocketAddress) ctx.channel().remoteAddress();
        ctx.writeAndFlush(header(observedIp, local.getPort(), remote))
                .addListener(write -> {
                    if (!write.isSuccess()) {
                        ctx.fireExceptionCaught(write.cause());
                    }
                });
        ctx.fireChannelActive(); // TLS starts now; its ClientHello follows the header on the wire
        ctx.pipeline().remove(this);
    }

    /** A v2 PROXY header: source = observed IP, destination = the collector (same family, else unspecified). */
    static HAProxyMessage header(String observedIp, int sourcePort, InetSocketAddress collector) {
        boolean v4 = NetUtil.isValidIpV4Address(observedIp);
        String collectorIp = NetUtil.toAddressString(collector.getAddress());
        boolean sameFamily = v4 == NetUtil.isValidIpV4Address(collectorIp);
        String destination = sameFamily ? collectorIp : (v4 ? "0.0.0.0" : "::");
        return new HAProxyMessage(HAProxyProtocolVersion.V2, HAProxyCommand.PROXY,
                v4 ? HAProxyProxiedProtocol.TCP4 : HAProxyProxiedProtocol.TCP6,
                observedIp, destination, sourcePort, collector.getPort());
    }
}
