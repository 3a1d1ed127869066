package dev.farmguard.collector.app;

import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.api.http.ApiServer;
import dev.farmguard.collector.api.routes.ApiRoutes;
import dev.farmguard.collector.auth.TokenService;
import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.config.HostPort;
import dev.farmguard.collector.config.StoreSettings;
import dev.farmguard.collector.detect.engine.DetectionEngine;
import dev.farmguard.collector.geo.GeoIpRegistry;
import dev.farmguard.collector.ingest.AgentServer;
import dev.farmguard.collector.intake.BoundedExecutor;
import dev.farmguard.collector.intake.SnapshotListener;
import dev.farmguard.collector.intake.SnapshotWriter;
import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.tls.CertificateAuthority;
import dev.farmguard.collector.tls.IssuedCredential;
import dev.farmguard.collector.tls.ServerNames;
import dev.farmguard.collector.tls.ServerTls;
import dev.farmguard.collector.wire.SignatureCatalog;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running collector: store, CA, agent port and API, wired together. {@link #close()} shuts down in order. */
public final class Collector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Collector.class);
    private static final int MAX_BATCH = 256;
    static final Duration SERVER_CERT_VALIDITY = Duration.ofDays(397);

    private final Store store;
    private final SnapshotWriter writer;
    private final BoundedExecutor lookups;
    private final AgentServer agentServer;
    private final ApiServer apiServer;
    private final CollectorMetrics metrics;
    private final CertificateAuthority ca;
    private final HostPort agentAddress;
    private final HostPort apiAddress;
    private final DetectionEngine detection;
    private final GeoIpRegistry geo;
    private boolean closed;

    private Collector(Store store, SnapshotWriter writer, BoundedExecutor lookups, AgentServer agentServer,
                      ApiServer apiServer, CollectorMetrics metrics, CertificateAuthority ca, HostPort agentAddress,
                      HostPort apiAddress, DetectionEngine detection, GeoIpRegistry geo) {
        this.detection = detection;
        this.geo = geo;
        this.store = store;
        this.writer = writer;
        this.lookups = lookups;
        this.agentServer = agentServer;
        this.apiServer = apiServer;
        this.metrics = metrics;
        this.ca = ca;
        this.agentAddress = agentAddress;
        this.apiAddress = apiAddress;
    }

    /**
     * Starts everything described by {@code config}; {@code listeners} see every newly stored snapshot, after the
     * detection engine (which runs device rules on ingest and fleet rules periodically).
     */
    public static Collector start(CollectorConfig config, List<SnapshotListener> listeners, Clock clock)
            throws IOException, InterruptedException {
        DataDirectory dir = new DataDirectory(config.dataDir());
        dir.create();
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(dir.caCertificate(), dir.caKey(), clock);
        List<String> names = ServerNames.forThisHost(config.tlsServerNames());
        IssuedCredential serverCredential = ca.issueServerCertificate(names, SERVER_CERT_VALIDITY);
        SslContext tls = ServerTls.serverContext(serverCredential);
        LOG.info("server certificate names: {}", names);

        Catalog catalog = CatalogLoader.loadOverrideOrBundled(config.detection().catalog());
        SignatureCatalog wireCatalog = config.detection().catalog().isPresent()
                ? SignatureCatalog.parse(Files.readString(config.detection().catalog().get(), StandardCharsets.UTF_8))
                : SignatureCatalog.fromClasspath();
        GeoIpRegistry geo = GeoIpRegistry.open(config.geoipPaths());
        Store store = StoreFactory.open(config.store(), config.dataDir());
        CollectorMetrics metrics = new CollectorMetrics();
        TokenService tokens = new TokenService(store, clock);
        AdminTokenBootstrap.ensure(store, tokens, dir.adminToken());
        String version = CollectorVersion.get();
        DetectionEngine detection = DetectionEngine.create(store, config.detection(), catalog, geo, geo.describe(),
                config.store().kind() == StoreSettings.Kind.POSTGRESQL, metrics.registry());
        List<SnapshotListener> all = new ArrayList<>();
        all.add(detection);
        all.addAll(listeners);

        SnapshotWriter writer = new SnapshotWriter(store, metrics, clock, config.limits().ingestQueueSize(), MAX_BATCH,
                all).start();
        BoundedExecutor lookups = new BoundedExecutor("farmguard-lookup", 2, config.limits().ingestQueueSize());
        AgentServer agents = new AgentServer(tls, config.trustedProxies(), config.limits(), writer,
                id -> lookups.submit(() -> store.lastStoredSequence(id)), wireCatalog, version, metrics);
        Router router = ApiRoutes.build(store, tokens, metrics, version, detection);
        ApiServer api = new ApiServer(tls, config.limits().handshakeTimeout(), config.apiMaxBodyBytes(), router);
        Collector collector = new Collector(store, writer, lookups, agents, api, metrics, ca, null, null, detection,
                geo);
        try {
            InetSocketAddress agentBound = agents.bind(config.agentListen());
            InetSocketAddress apiBound = api.bind(config.apiListen());
            HostPort agentAddress = HostPort.of(agentBound);
            HostPort apiAddress = HostPort.of(apiBound);
            dir.writeListen(agentAddress.toString(), apiAddress.toString());
            LOG.info("collector {} started: agents {}, API {}, data {}", version, agentAddress, apiAddress,
                    config.dataDir());
            detection.start();
            return new Collector(store, writer, lookups, agents, api, metrics, ca, agentAddress, apiAddress, detection,
                    geo);
        } catch (IOException | InterruptedException | RuntimeException e) {
            collector.close();
            throw e;
        }
    }

    public HostPort agentAddress() {
        return agentAddress;
    }

    public HostPort apiAddress() {
        return apiAddress;
    }

    public Store store() {
        return store;
    }

    public CollectorMetrics metrics() {
        return metrics;
    }

    public CertificateAuthority certificateAuthority() {
        return ca;
    }

    public DetectionEngine detection() {
        return detection;
    }

    /**
     * Stops accepting agents, commits what is queued (so those snapshots are acked), closes connections
     * and the API, then the store. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Duration deadline = Duration.ofSeconds(10);
        LOG.info("collector stopping");
        agentServer.stopAccepting();
        writer.close(deadline);
        agentServer.close(deadline);
        apiServer.close(deadline);
        lookups.close(deadline);
        detection.close();
        store.close();
        geo.close();
        LOG.info("collector stopped");
    }
}
