package dev.farmguard.collector.ingest;

import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.config.Limits;
import dev.farmguard.collector.net.ConnectionLimiter;
import dev.farmguard.collector.wire.WireProtocol;
import dev.farmguard.collector.wire.WireReader;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The agent port's pipeline, in order. Shared handlers are stateless; the rest are per connection. */
final class AgentChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final SslContext sslContext;
    private final List<Cidr> trustedProxies;
    private final TrustedProxies trusted;
    private final Limits limits;
    private final SessionServices services;
    private final RejectionRecorder rejections;
    private final ConnectionTracker tracker;
    private final ConnectionLimiter connectionLimiter;
    private final DeviceRateLimits rateLimits;
    private final DeviceRateLimits byteQuotas;
    private final HandshakeWatcher handshakeWatcher;
    private final IdleCloser idleCloser;
    private final IngestErrorHandler errors;
    private final LengthFieldPrepender framePrepender = new LengthFieldPrepender(BoundedFrameDecoder.LENGTH_BYTES);
    private final ProtobufDecoder protobufDecoder = new ProtobufDecoder(WireProtocol.agentMessagePrototype());
    private final ProtobufEncoder protobufEncoder = new ProtobufEncoder();
    private final InboundTranslator inbound;
    private final OutboundTranslator outbound = new OutboundTranslator();

    AgentChannelInitializer(SslContext sslContext, List<Cidr> trustedProxies, Limits limits, SessionServices services,
                            RejectionRecorder rejections, ConnectionTracker tracker) {
        this.sslContext = sslContext;
        this.trustedProxies = trustedProxies;
        this.trusted = new TrustedProxies(trustedProxies);
        this.limits = limits;
        this.services = services;
        this.rejections = rejections;
        this.tracker = tracker;
        this.connectionLimiter = new ConnectionLimiter(limits.maxConnectionsPerAddress());
        this.rateLimits = new DeviceRateLimits(limits.messagesPerSecond(), limits.messageBurst(), System::nanoTime);
        this.byteQuotas = new DeviceRateLimits(limits.deviceBytesPerSecond(), limits.deviceBytes(), System::nanoTime);
        this.handshakeWatcher = new HandshakeWatcher(rejections, services.certificates());
        this.idleCloser = new IdleCloser(rejections);
        this.errors = new IngestErrorHandler(rejections);
        this.inbound = new InboundTranslator(new WireReader(limits.snapshot()));
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        // 1. count the connection and keep it for shutdown
        p.addLast("connections", tracker);
        // 2. PROXY v2: required from trusted proxy networks, refused from everyone else; then leaves
        p.addLast("proxy-gate", new ProxyProtocolGate(trustedProxies, rejections));
        // 3. limits.max-connections-per-address, by the PROXY v2 source when there is one
        p.addLast("connection-limit", new ConnectionLimitHandler(connectionLimiter, trusted, rejections));
        // 4. TLS 1.2/1.3 asking for a device certificate (optional: without one a client may only enroll);
        //    the handshake must finish within limits.handshake-timeout
        SslHandler tls = sslContext.newHandler(ch.alloc());
        tls.setHandshakeTimeoutMillis(limits.handshakeTimeout().toMillis());
        p.addLast("tls", tls);
        // 5. after the handshake: the certificate's device id (checked again: resumed sessions skip the trust
        //    manager), or why the handshake failed
        p.addLast("tls-watch", handshakeWatcher);
        // 6. framing: 4-byte length + payload; the limit is checked before the payload is allocated
        p.addLast("frame-decoder", new BoundedFrameDecoder(limits.maxFrameBytes()));
        p.addLast("frame-encoder", framePrepender);
        // 7. protobuf envelopes: AgentMessage in, CollectorMessage out
        p.addLast("protobuf-decoder", protobufDecoder);
        p.addLast("protobuf-encoder", protobufEncoder);
        // 8. envelopes <-> validated model records (the wire package translates and checks sizes)
        p.addLast("inbound-translator", inbound);
        p.addLast("outbound-translator", outbound);
        // 9. no complete message for limits.idle-timeout: close (slow or stuck peers)
        p.addLast("idle", new IdleStateHandler(limits.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
        p.addLast("idle-closer", idleCloser);
        // 10. limits.messages-per-second and limits.device-bytes per device
        p.addLast("rate-limit", new RateLimitHandler(rateLimits, byteQuotas, rejections));
        // 11. enrollment and certificate renewal
        p.addLast("enrollment", new EnrollmentHandler(services, rejections));
        // 12. the protocol of a certified device: hello, snapshots, heartbeats
        p.addLast("session", new AgentSessionHandler(services, rejections));
        // 13. every exception: one counted, logged rejection, then close
        p.addLast("errors", errors);
    }
}
