package dev.farmguard.collector.ingest;

import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.metrics.Rejection;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.ProtocolDetectionResult;
import io.netty.handler.codec.ProtocolDetectionState;
import io.netty.handler.codec.haproxy.HAProxyMessageDecoder;
import io.netty.handler.codec.haproxy.HAProxyProtocolVersion;
import java.util.List;

/**
 * First look at a connection's bytes. From a trusted proxy network a PROXY v2 header is required (a
 * decoder for it is put in this handler's place); from anyone else a PROXY header (v1 or v2) closes the
 * connection. Either way this handler then leaves the pipeline and the bytes go on to TLS.
 */
final class ProxyProtocolGate extends ByteToMessageDecoder {

    private static final int SIGNATURE_BYTES = 12;

    private final TrustedProxies trustedProxies;
    private final RejectionRecorder rejections;

    ProxyProtocolGate(List<Cidr> trustedProxies, RejectionRecorder rejections) {
        this.trustedProxies = new TrustedProxies(trustedProxies);
        this.rejections = rejections;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        boolean trusted = trustedProxies.contains(ChannelState.peerAddress(ctx.channel()));
        byte first = in.getByte(in.readerIndex());
        // a TLS record starts with 0x16; PROXY v2 with 0x0D, v1 with 'P': no need to wait for more bytes
        if (!trusted && first != 0x0D && first != 'P') {
            ctx.pipeline().remove(this);
            return;
        }
        if (in.readableBytes() < SIGNATURE_BYTES) {
            return;
        }
        ProtocolDetectionResult<HAProxyProtocolVersion> detected = HAProxyMessageDecoder.detectProtocol(in);
        boolean isProxy = detected.state() == ProtocolDetectionState.DETECTED;
        if (!trusted && isProxy) {
            in.skipBytes(in.readableBytes());
            rejections.closeWith(ctx, Rejection.UNTRUSTED_PROXY_HEADER,
                    "PROXY " + detected.detectedProtocol() + " header from an address not in agent.trusted-proxies",
                    null);
        } else if (trusted && !(isProxy && detected.detectedProtocol() == HAProxyProtocolVersion.V2)) {
            in.skipBytes(in.readableBytes());
            rejections.closeWith(ctx, Rejection.MISSING_PROXY_HEADER,
                    "connections from a trusted proxy must start with a PROXY v2 header", null);
        } else {
            if (trusted) {
                ctx.pipeline().addAfter(ctx.name(), "proxy-header", new ProxyHeaderReader(rejections));
                ctx.pipeline().addAfter(ctx.name(), "proxy-decoder", new HAProxyMessageDecoder());
            }
            ctx.pipeline().remove(this);
        }
    }
}
