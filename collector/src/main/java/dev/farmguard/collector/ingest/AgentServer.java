package dev.farmguard.collector.ingest;

import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.config.HostPort;
import dev.farmguard.collector.config.Limits;
import dev.farmguard.collector.enroll.DeviceEnroller;
import dev.farmguard.collector.intake.BlockingWork;
import dev.farmguard.collector.intake.SnapshotSink;
import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.tls.DeviceCertificateCheck;
import dev.farmguard.collector.wire.SignatureCatalog;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The TLS port agents connect to. */
public final class AgentServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);

    private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
    private final ChannelGroup connections = new DefaultChannelGroup("agents", GlobalEventExecutor.INSTANCE);
    private final AgentChannelInitializer initializer;
    private Channel serverChannel;
    private boolean closed;

    /**
     * @param sslContext the agent port's TLS (asking for device certificates, see {@code ServerTls.agentContext})
     * @param enroller   issues device certificates; run on {@code blocking}
     * @param certificates the device certificate checks of the handshake, run again on every connection
     */
    public AgentServer(SslContext sslContext, List<Cidr> trustedProxies, Limits limits, SnapshotSink sink,
                       Function<String, CompletableFuture<Long>> lastStoredSequence, SignatureCatalog catalog,
                       String collectorVersion, CollectorMetrics metrics, DeviceEnroller enroller,
                       BlockingWork blocking, DeviceCertificateCheck certificates) {
        RejectionRecorder rejections = new RejectionRecorder(metrics);
        SessionServices services = new SessionServices(sink, lastStoredSequence, catalog, collectorVersion,
                limits.maxFrameBytes(), enroller, blocking, metrics, certificates);
        this.initializer = new AgentChannelInitializer(sslContext, trustedProxies, limits, services, rejections,
                new ConnectionTracker(connections, metrics.activeConnections()));
    }

    /** Binds and starts accepting; returns the bound address (port 0 picks a free one). */
    public synchronized InetSocketAddress bind(HostPort listen) throws InterruptedException {
        serverChannel = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(initializer)
                .bind(listen.toSocketAddress()).sync().channel();
        InetSocketAddress bound = (InetSocketAddress) serverChannel.localAddress();
        LOG.info("agent port listening on {}", HostPort.of(bound));
        return bound;
    }

    /** Closes the open connections of these devices (just revoked); their certificates fail from now on. */
    public void disconnect(Set<String> deviceIds) {
        for (Channel c : connections) {
            String device = ChannelState.deviceId(c);
            if (device != null && deviceIds.contains(device)) {
                LOG.info("closing the connection of revoked device {} from {}", device, c.remoteAddress());
                c.close();
            }
        }
    }

    /** Stops accepting new connections; open ones keep running until {@link #close(Duration)}. */
    public synchronized void stopAccepting() {
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
    }

    /** Stops accepting, closes agent connections and stops the event loops within {@code deadline}. Idempotent. */
    public synchronized void close(Duration deadline) {
        if (closed) {
            return;
        }
        closed = true;
        stopAccepting();
        connections.close().awaitUninterruptibly(deadline.toMillis(), TimeUnit.MILLISECONDS);
        boss.shutdownGracefully(0, deadline.toMillis(), TimeUnit.MILLISECONDS);
        workers.shutdownGracefully(0, deadline.toMillis(), TimeUnit.MILLISECONDS)
                .awaitUninterruptibly(deadline.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("agent port closed");
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
