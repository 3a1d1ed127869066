package dev.farmguard.agent.testing;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.Catalog;
import dev.farmguard.proto.v1.CatalogUpdate;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.EnrollRequest;
import dev.farmguard.proto.v1.EnrollResponse;
import dev.farmguard.proto.v1.Error;
import dev.farmguard.proto.v1.ErrorCode;
import dev.farmguard.proto.v1.Hello;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.Welcome;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyMessageDecoder;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.NetUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * A minimal collector for loopback tests, following the real one's rules: TLS asking for a client
 * certificate of the test CA, optional PROXY v2 header, 4-byte framing; enrollment with {@link #TOKEN}
 * (a new device id, or the requested one for a replay enrollment); Hello and snapshots only for the device
 * the client certificate names; Ack per snapshot (duplicate when seen before); renewal; a catalog for
 * older agents.
 */
public final class TestCollector implements AutoCloseable {

    /** The enrollment token this collector accepts. */
    public static final String TOKEN = "fge_test-token";

    /** One stored snapshot and the address the collector attributed it to. */
    public record Received(String observedIp, Hello hello, Snapshot snapshot) {
    }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final Channel server;
    private final TestPki pki;
    private final Catalog catalog;
    public final List<Received> received = new CopyOnWriteArrayList<>();
    /** Enrollment requests answered with a certificate, in order. */
    public final List<EnrollRequest> enrollments = new CopyOnWriteArrayList<>();
    /** Every certificate issued (enrollments and renewals), in order. */
    public final List<X509Certificate> issued = new CopyOnWriteArrayList<>();
    /** Device ids whose certificate was renewed. */
    public final List<String> renewals = new CopyOnWriteArrayList<>();
    /** Hellos answered with a Welcome (one per session). */
    public final java.util.concurrent.atomic.AtomicInteger sessions = new java.util.concurrent.atomic.AtomicInteger();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private volatile boolean refuseSnapshotsUnattributably;
    private final java.util.concurrent.atomic.AtomicInteger rateLimitsLeft = new java.util.concurrent.atomic.AtomicInteger();
    /** Snapshots refused with RATE_LIMITED so far. */
    public final java.util.concurrent.atomic.AtomicInteger rateLimited = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Duration certificateValidity = Duration.ofDays(90);
    private volatile Duration certificateAge = Duration.ZERO;

    /**
     * @param proxyHeaders expect a PROXY v2 header before TLS (replay)
     * @param catalog      sent to agents whose catalog version is older; null for none
     */
    public TestCollector(TestPki pki, boolean proxyHeaders, Catalog catalog) throws InterruptedException, IOException {
        this(pki, proxyHeaders, catalog, 0);
    }

    /** As above, on a given loopback port (0 = any). */
    public TestCollector(TestPki pki, boolean proxyHeaders, Catalog catalog, int port)
            throws InterruptedException, IOException {
        this.pki = pki;
        this.catalog = catalog;
        var ssl = pki.mutualServerContext();
        this.server = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        Session session = new Session();
                        if (proxyHeaders) {
                            channel.pipeline().addLast(new HAProxyMessageDecoder());
                        }
                        channel.pipeline().addLast(session.proxyHeader(),
                                ssl.newHandler(channel.alloc()),
                                new LengthFieldBasedFrameDecoder(1 << 22, 0, 4, 0, 4),
                                new LengthFieldPrepender(4),
                                new ProtobufDecoder(AgentMessage.getDefaultInstance()),
                                new ProtobufEncoder(),
                                session);
                    }
                })
                .bind("127.0.0.1", port).sync().channel();
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /**
     * Certificates issued from now on are valid until {@code validity} from now and started {@code age} ago
     * (an age of twice the validity makes them due for renewal at once without having expired).
     */
    public void certificateValidity(Duration validity, Duration age) {
        this.certificateValidity = validity;
        this.certificateAge = age;
    }

    /**
     * From now on every snapshot is refused with a fatal error that names no sequence (as the real collector
     * answers a snapshot it cannot read a sequence from), closing the session.
     */
    public void refuseSnapshotsUnattributably() {
        this.refuseSnapshotsUnattributably = true;
    }

    /** The next {@code count} snapshots are refused with a non-fatal RATE_LIMITED naming their sequence. */
    public void rateLimitNext(int count) {
        rateLimitsLeft.set(count);
    }

    private final class Session extends SimpleChannelInboundHandler<AgentMessage> {
        private volatile String observedIp;
        private Hello hello;

        SimpleChannelInboundHandler<HAProxyMessage> proxyHeader() {
            return new SimpleChannelInboundHandler<>() {
                @Override
                protected void channelRead0(ChannelHandlerContext ctx, HAProxyMessage message) {
                    // normalise to RFC 5952 text, as the agent writes addresses
                    observedIp = NetUtil.bytesToIpAddress(NetUtil.createByteArrayFromIpAddressString(message.sourceAddress()));
                }
            };
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, AgentMessage message) {
            switch (message.getKindCase()) {
                case ENROLL_REQUEST -> enroll(ctx, message.getEnrollRequest());
                case RENEW_REQUEST -> {
                    String device = certifiedDevice(ctx);
                    if (device == null) {
                        refuse(ctx, "renewal without a client certificate");
                        return;
                    }
                    renewals.add(device);
                    ctx.writeAndFlush(certificate(message.getRenewRequest().getCsrDer().toByteArray(), device));
                }
                case HELLO -> {
                    hello = message.getHello();
                    String device = certifiedDevice(ctx);
                    if (device == null || !device.equals(hello.getDeviceId())) {
                        refuse(ctx, "hello for '" + hello.getDeviceId() + "', certificate for '" + device + "'");
                        return;
                    }
                    sessions.incrementAndGet();
                    ctx.write(CollectorMessage.newBuilder().setWelcome(Welcome.newBuilder()
                            .setDeviceId(hello.getDeviceId()).setCollectorVersion("test").setMaxFrameBytes(1 << 22)).build());
                    if (catalog != null && hello.getCatalogVersion().compareTo(catalog.getVersion()) < 0) {
                        ctx.write(CollectorMessage.newBuilder().setCatalog(CatalogUpdate.newBuilder().setCatalog(catalog))
                                .build());
                    }
                    ctx.flush();
                }
                case SNAPSHOT -> {
                    Snapshot snapshot = message.getSnapshot();
                    if (refuseSnapshotsUnattributably) {
                        ctx.writeAndFlush(CollectorMessage.newBuilder().setError(Error.newBuilder()
                                .setCode(ErrorCode.ERROR_CODE_BAD_MESSAGE).setMessage("cannot read this snapshot")
                                .setFatal(true)).build()).addListener(ChannelFutureListener.CLOSE);
                        return;
                    }
                    if (hello == null || !snapshot.getDeviceId().equals(hello.getDeviceId())) {
                        refuse(ctx, "snapshot for '" + snapshot.getDeviceId() + "'");
                        return;
                    }
                    if (rateLimitsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        rateLimited.incrementAndGet();
                        ctx.writeAndFlush(CollectorMessage.newBuilder().setError(Error.newBuilder()
                                .setCode(ErrorCode.ERROR_CODE_RATE_LIMITED).setMessage("send this again later")
                                .setSequence(snapshot.getSequence()).setFatal(false)).build());
                        return;
                    }
                    String ip = observedIp != null ? observedIp
                            : ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
                    boolean duplicate = !stored.add(snapshot.getDeviceId() + "#" + snapshot.getSequence());
                    if (!duplicate) {
                        received.add(new Received(ip, hello, snapshot));
                    }
                    ctx.writeAndFlush(CollectorMessage.newBuilder().setAck(Ack.newBuilder()
                            .setDeviceId(snapshot.getDeviceId()).setSequence(snapshot.getSequence())
                            .setDuplicate(duplicate)).build());
                }
                case HEARTBEAT -> ctx.writeAndFlush(CollectorMessage.newBuilder().setHeartbeat(message.getHeartbeat()).build());
                default -> ctx.close();
            }
        }

        private void enroll(ChannelHandlerContext ctx, EnrollRequest request) {
            if (!TOKEN.equals(request.getToken())) {
                refuse(ctx, "enrollment token is unknown, expired, revoked or used up");
                return;
            }
            enrollments.add(request);
            String device = request.getRequestedDeviceId().isEmpty() ? UUID.randomUUID().toString()
                    : request.getRequestedDeviceId();
            ctx.writeAndFlush(certificate(request.getCsrDer().toByteArray(), device));
        }

        private CollectorMessage certificate(byte[] csr, String device) {
            X509Certificate cert = pki.signClientCsr(csr, device, certificateValidity, certificateAge);
            issued.add(cert);
            try {
                return CollectorMessage.newBuilder().setEnrollResponse(EnrollResponse.newBuilder().setDeviceId(device)
                        .setCertificateDer(ByteString.copyFrom(cert.getEncoded()))
                        .setCaCertificateDer(ByteString.copyFrom(pki.caCertificate().getEncoded()))
                        .setNotAfter(Timestamp.newBuilder().setSeconds(cert.getNotAfter().getTime() / 1000))).build();
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }

        private String certifiedDevice(ChannelHandlerContext ctx) {
            try {
                X509Certificate leaf = (X509Certificate) ctx.pipeline().get(SslHandler.class).engine().getSession()
                        .getPeerCertificates()[0];
                String name = leaf.getSubjectX500Principal().getName();
                return name.startsWith("CN=") ? name.substring(3) : null;
            } catch (SSLPeerUnverifiedException e) {
                return null;
            }
        }

        private void refuse(ChannelHandlerContext ctx, String why) {
            ctx.writeAndFlush(CollectorMessage.newBuilder().setError(Error.newBuilder()
                    .setCode(ErrorCode.ERROR_CODE_UNAUTHENTICATED).setMessage(why).setFatal(true)).build())
                    .addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    @Override
    public void close() throws IOException {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
}
