package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.ApiErrorLog;
import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.config.ApiLimits;
import dev.farmguard.collector.config.HostPort;
import dev.farmguard.collector.intake.BoundedExecutor;
import dev.farmguard.collector.net.ConnectionLimiter;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTPS JSON API. */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final ChannelGroup connections = new DefaultChannelGroup("api", GlobalEventExecutor.INSTANCE);
    private final BoundedExecutor workers = new BoundedExecutor("farmguard-api", 4, 256);
    private final ApiChannelInitializer initializer;
    private Channel serverChannel;
    private boolean closed;

    public ApiServer(SslContext sslContext, Duration handshakeTimeout, ApiLimits limits, Router router) {
        ApiErrorLog log = new ApiErrorLog();
        BodyBudget bodies = new BodyBudget(limits.maxBodyBytesInFlight());
        this.initializer = new ApiChannelInitializer(sslContext, handshakeTimeout,
                new ConnectionLimiter(limits.maxConnectionsPerAddress(), limits.maxConnections()),
                () -> new RequestGate(router, workers, bodies, limits.maxBodyBytes(), log), limits.maxBodyBytes(),
                router, workers, log);
    }

    public synchronized InetSocketAddress bind(HostPort listen) throws InterruptedException {
        serverChannel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new io.netty.channel.ChannelInitializer<io.netty.channel.socket.SocketChannel>() {
                    @Override
                    protected void initChannel(io.netty.channel.socket.SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline().addLast(initializer);
                    }
                })
                .bind(listen.toSocketAddress()).sync().channel();
        InetSocketAddress bound = (InetSocketAddress) serverChannel.localAddress();
        LOG.info("API listening on https://{}/api/v1/", HostPort.of(bound));
        return bound;
    }

    /** Stops accepting, lets running requests finish within {@code deadline}, then closes. Idempotent. */
    public synchronized void close(Duration deadline) {
        if (closed) {
            return;
        }
        closed = true;
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        workers.close(deadline);
        connections.close().awaitUninterruptibly(deadline.toMillis(), TimeUnit.MILLISECONDS);
        group.shutdownGracefully(0, deadline.toMillis(), TimeUnit.MILLISECONDS)
                .awaitUninterruptibly(deadline.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("API closed");
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
