package dev.farmguard.agent.testing;

import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.Catalog;
import dev.farmguard.proto.v1.CatalogUpdate;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.Hello;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.Welcome;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
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
import io.netty.handler.ssl.SslContext;
import io.netty.util.NetUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal collector for loopback tests: TLS, optional PROXY v2 header, 4-byte framing, Hello/Welcome,
 * Ack per snapshot (duplicate when seen before), an optional catalog for older agents.
 */
public final class TestCollector implements AutoCloseable {

    /** One stored snapshot and the address the collector attributed it to. */
    public record Received(String observedIp, Hello hello, Snapshot snapshot) {
    }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final Channel server;
    private final Catalog catalog;
    public final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    /**
     * @param proxyHeaders expect a PROXY v2 header before TLS (replay)
     * @param catalog      sent to agents whose catalog version is older; null for none
     */
    public TestCollector(SslContext ssl, boolean proxyHeaders, Catalog catalog) throws InterruptedException {
        this(ssl, proxyHeaders, catalog, 0);
    }

    /** As above, on a given loopback port (0 = any). */
    public TestCollector(SslContext ssl, boolean proxyHeaders, Catalog catalog, int port) throws InterruptedException {
        this.catalog = catalog;
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
                case HELLO -> {
                    hello = message.getHello();
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
