package dev.farmguard.agent.transport;

import dev.farmguard.proto.v1.Catalog;
import dev.farmguard.proto.v1.EnrollRequest;
import dev.farmguard.proto.v1.EnrollResponse;
import dev.farmguard.proto.v1.Hello;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.TrustManagerFactory;
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

    /** Client TLS contexts of recent credentials (replay presents one per device); bounded. */
    private static final int CONTEXT_CACHE = 1024;

    private final TransportConfig config;
    private final List<X509Certificate> trusted;
    private final TrustManagerFactory trust;
    private final SslContext ssl;
    private final Map<ClientCredential, SslContext> contexts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ClientCredential, SslContext> eldest) {
            return size() > CONTEXT_CACHE;
        }
    };
    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    private final Clock clock;

    /** @param threads event loop threads (1 is plenty for the agent; replay uses a few) */
    public CollectorConnector(TransportConfig config, int threads, Clock clock) {
        this.config = config;
        this.trusted = TlsClientContext.loadCertificates(config.caCertificate());
        this.trust = TlsClientContext.trustManagers(trusted);
        this.ssl = TlsClientContext.create(trust, null);
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

    /** The CA certificates of {@code --ca}: the only ones trusted (enrollment answers must name one of them). */
    public List<X509Certificate> trustedCertificates() {
        return trusted;
    }

    /** Connects without a client certificate (the collector then only accepts enrollment). */
    public CompletableFuture<CollectorConnection> connect(Hello hello, String observedIp, Consumer<Catalog> onCatalog) {
        return connect(hello, observedIp, onCatalog, null);
    }

    /**
     * Enrolls: connects without a client certificate, sends {@code request}, and completes with the
     * collector's answer (or fails with its refusal, a {@link CollectorRejectedException}).
     *
     * @param observedIp replay only: the PROXY v2 source address (every connection of a trusted proxy needs one)
     */
    public CompletableFuture<EnrollResponse> enroll(EnrollRequest request, String observedIp) {
        HostPort peer = config.collector();
        CompletableFuture<EnrollResponse> result = new CompletableFuture<>();
        try {
            bootstrap.clone()
                    .handler(new AgentChannelInitializer(ssl, config, observedIp,
                            () -> new EnrollmentSessionHandler(request, result, peer)))
                    .connect(peer.host(), peer.port())
                    .addListener(done -> {
                        if (!done.isSuccess()) {
                            result.completeExceptionally(done.cause());
                        }
                    });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        CompletableFuture<EnrollResponse> answered = new CompletableFuture<>();
        result.orTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS).whenComplete((response, error) -> {
            if (error == null) {
                answered.complete(response);
                return;
            }
            Throwable cause = Failures.unwrap(error);
            answered.completeExceptionally(cause instanceof CollectorRejectedException ? cause
                    : new TransportException(cause instanceof TimeoutException
                            ? "collector " + peer + " did not answer the enrollment within "
                                    + config.connectTimeout().toSeconds() + " s"
                            : Failures.describeConnect(peer, cause), cause));
        });
        return answered;
    }

    private SslContext contextFor(ClientCredential credential) {
        if (credential == null) {
            return ssl;
        }
        synchronized (contexts) {
            return contexts.computeIfAbsent(credential, c -> TlsClientContext.create(trust, c));
        }
    }

    /**
     * Connects, says Hello and waits for Welcome.
     *
     * @param observedIp replay only: the public IP to announce in a PROXY v2 header; null otherwise
     * @param onCatalog  receives catalogs the collector sends (on the event loop: must not block)
     * @param credential the device certificate to present (mutual TLS); null for none
     */
    public CompletableFuture<CollectorConnection> connect(Hello hello, String observedIp, Consumer<Catalog> onCatalog,
                                                         ClientCredential credential) {
        HostPort peer = config.collector();
        CollectorConnection connection = new CollectorConnection(peer, onCatalog);
        ChannelFuture connect;
        try {
            connect = bootstrap.clone()
                    .handler(new AgentChannelInitializer(contextFor(credential), config, observedIp,
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
