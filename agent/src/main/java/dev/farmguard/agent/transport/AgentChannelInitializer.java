package dev.farmguard.agent.transport;

import dev.farmguard.proto.v1.CollectorMessage;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.codec.haproxy.HAProxyMessageEncoder;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The agent's pipeline, in this order. */
final class AgentChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final SslContext ssl;
    private final TransportConfig config;
    private final String observedIp;
    private final Supplier<ChannelHandler> session;

    /** @param observedIp replay only: sent as a PROXY v2 header; null for a normal agent */
    AgentChannelInitializer(SslContext ssl, TransportConfig config, String observedIp, Supplier<ChannelHandler> session) {
        this.ssl = ssl;
        this.config = config;
        this.observedIp = observedIp;
        this.session = session;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        // 0. replay only: PROXY v2 header in clear text before TLS, as a load balancer would send it
        if (observedIp != null) {
            pipeline.addLast("proxy-encoder", HAProxyMessageEncoder.INSTANCE);
            pipeline.addLast("proxy-header", new ProxyHeaderSender(observedIp));
        }
        // 1. TLS: trust only the --ca certificate, and check the certificate names the host dialled
        HostPort peer = config.collector();
        pipeline.addLast("tls", ssl.newHandler(channel.alloc(), peer.host(), peer.port()));
        // 2. framing: 4-byte big-endian length, limit checked before allocating the frame
        pipeline.addLast("frame-decoder", new LengthFieldBasedFrameDecoder(config.maxFrameBytes(), 0, 4, 0, 4));
        pipeline.addLast("frame-encoder", new LengthFieldPrepender(4));
        // 3. one protobuf envelope per frame
        pipeline.addLast("protobuf-decoder", new ProtobufDecoder(CollectorMessage.getDefaultInstance()));
        pipeline.addLast("protobuf-encoder", new ProtobufEncoder());
        // 4. idle detection: heartbeat when we have been quiet, give up on a silent collector
        pipeline.addLast("idle", new IdleStateHandler(config.silenceLimit().toMillis(),
                config.heartbeatEvery().toMillis(), 0, TimeUnit.MILLISECONDS));
        // 5. the session: Hello, Welcome, Acks, Errors
        pipeline.addLast("session", session.get());
    }
}
