package dev.farmguard.agent.transport;

import dev.farmguard.proto.v1.Catalog;
import dev.farmguard.proto.v1.Hello;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens sessions with the collector over TLS. One instance owns an event loop group; many connections
 * may share it (replay opens one per device and observed IP). The CA file is checked when the connector
 * is built, so a bad {@code --ca} fails at startup.
 */
public final class CollectorConnector implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CollectorConnector.class);

    private final TransportConfig config;
    private final SslContext ssl;
    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    private final Clock clock;

    /** @param threads event loop threads (1 is plenty for the agent; replay uses a few) */
    public CollectorConnector(TransportConfig config, int threads, Clock clock) {
        this.config = config;
        this.ssl = TlsClientContext.create(config.caCertificate());
        this.clock = clock;
        this.group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        this.bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true);
    }

    public HostPort collector() {
        return config.collector();
    }

    /**
     * Connects, says Hello and waits for Welcome.
     *
     * @param observedIp replay only: the public IP to announce in a PROXY v2 header; null otherwise
     * @param onCatalog  receives catalogs the collector sends (on the event loop: must not block)
     */
    public CompletableFuture<CollectorConnection> connect(Hello hello, String observedIp, Consumer<Catalog> onCatalog) {
        HostPort peer = config.collector();
        CollectorConnection connection = new CollectorConnection(peer, onCatalog);
        ChannelFuture connect;
        try {
            connect = bootstrap.clone()
                    .handler(new AgentChannelInitializer(ssl, config, observedIp,
                            () -> new CollectorSessionHandler(hello, connection, clock)))
                    .connect(peer.host(), peer.port());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new TransportException(Failures.describeConnect(peer, e), e));
        }
        connection.attach(connect.channel());
        connect.addListener(done -> {
            if (!done.isSuccess()) {
                connection.onFailure(done.cause());
                connection.onClosed();
            }
        });
        CompletableFuture<CollectorConnection> ready = new CompletableFuture<>();
        connection.welcome()
                .orTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((welcome, error) -> {
                    if (error == null) {
                        ready.complete(connection);
                        return;
                    }
                    connection.close();
                    Throwable cause = Failures.unwrap(error);
                    String message = cause instanceof TimeoutException
                            ? "collector " + peer + " did not answer Hello within " + config.connectTimeout().toSeconds() + " s"
                            : Failures.describeConnect(peer, cause);
                    ready.completeExceptionally(cause instanceof CollectorRejectedException
                            ? cause : new TransportException(message, cause));
                });
        return ready;
    }

    /** Stops the event loops, waiting up to two seconds. Idempotent. */
    @Override
    public void close() {
        if (!group.isShuttingDown()) {
            log.debug("closing connector to {}", config.collector());
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
    }
}
