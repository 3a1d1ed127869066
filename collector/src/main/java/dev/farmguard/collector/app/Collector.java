package dev.farmguard.collector.app;

import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.api.http.ApiServer;
import dev.farmguard.collector.api.routes.ApiRoutes;
import dev.farmguard.collector.api.routes.EnrollmentRoutes;
import dev.farmguard.collector.auth.TokenService;
import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.alert.Alerts;
import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.config.HostPort;
import dev.farmguard.collector.config.StoreSettings;
import dev.farmguard.collector.detect.engine.DetectionEngine;
import dev.farmguard.collector.geo.GeoIpRegistry;
import dev.farmguard.collector.enroll.EnrollmentService;
import dev.farmguard.collector.enroll.EnrollmentTokens;
import dev.farmguard.collector.enroll.RevocationList;
import dev.farmguard.collector.ingest.AgentServer;
import dev.farmguard.collector.intake.BoundedExecutor;
import dev.farmguard.collector.intake.SnapshotListener;
import dev.farmguard.collector.intake.SnapshotWriter;
import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.tls.CertificateAuthority;
import dev.farmguard.collector.triage.SuppressionIndex;
import dev.farmguard.collector.triage.SuppressionSync;
import dev.farmguard.collector.tls.DeviceTrustManager;
import dev.farmguard.collector.tls.IssuedCredential;
import dev.farmguard.collector.tls.ServerNames;
import dev.farmguard.collector.tls.ServerTls;
import dev.farmguard.collector.wire.SignatureCatalog;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running collector: store, CA, agent port and API, wired together. {@link #close()} shuts down in order. */
public final class Collector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Collector.class);
    private static final int MAX_BATCH = 256;
    static final Duration SERVER_CERT_VALIDITY = Duration.ofDays(397);
    /** How soon an expired suppression, or one changed by another collector, reaches the verdicts here. */
    static final Duration SUPPRESSION_REFRESH = Duration.ofSeconds(30);

    private final Parts parts;
    private final HostPort agentAddress;
    private final HostPort apiAddress;
    private boolean closed;

    /** The running pieces, closed in order by {@link #close()}. */
    private record Parts(Store store, SnapshotWriter writer, BoundedExecutor lookups,
                         ScheduledExecutorService refresher, AgentServer agentServer, ApiServer apiServer,
                         CollectorMetrics metrics, CertificateAuthority ca, RevocationList revocations,
                         EnrollmentTokens enrollmentTokens, DetectionEngine detection, GeoIpRegistry geo,
                         SuppressionSync suppressions, Alerts alerts) {}

    private Collector(Parts parts, HostPort agentAddress, HostPort apiAddress) {
        this.parts = parts;
        this.agentAddress = agentAddress;
        this.apiAddress = apiAddress;
    }

    /**
     * Starts everything described by {@code config}; {@code listeners} see every newly stored snapshot, after the
     * detection engine (device rules on ingest, fleet rules periodically).
     */
    public static Collector start(CollectorConfig config, List<SnapshotListener> listeners, Clock clock)
            throws IOException, InterruptedException {
        DataDirectory dir = new DataDirectory(config.dataDir());
        dir.create();
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(dir.caCertificate(), dir.caKey(), clock);
        List<String> names = ServerNames.forThisHost(config.tlsServerNames());
        IssuedCredential serverCredential = ca.issueServerCertificate(names, SERVER_CERT_VALIDITY);
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

        RevocationList revocations = new RevocationList(store.enrollments(), clock);
        DeviceTrustManager deviceCertificates = new DeviceTrustManager(ca.certificate(), revocations::isRevoked, clock);
        SslContext agentTls = ServerTls.agentContext(serverCredential, deviceCertificates);
        SslContext apiTls = ServerTls.serverContext(serverCredential);
        EnrollmentService enroller = new EnrollmentService(store.enrollments(), ca, revocations, clock,
                config.enrollment().certificateValidity());
        EnrollmentTokens enrollmentTokens = new EnrollmentTokens(store.enrollments(), clock,
                config.enrollment().tokenValidity());

        Alerts alerts = startAlerts(config, store, metrics, clock);
        SuppressionIndex suppressionIndex = new SuppressionIndex(store, clock);
        DetectionEngine detection = DetectionEngine.create(store, config.detection(), catalog, geo, geo.describe(),
                config.store().kind() == StoreSettings.Kind.POSTGRESQL, metrics.registry(), suppressionIndex);
        SuppressionSync suppressions = new SuppressionSync(suppressionIndex, detection);
        List<SnapshotListener> all = new ArrayList<>();
        all.add(detection);
        all.addAll(listeners);
        SnapshotWriter writer = new SnapshotWriter(store, metrics, clock, config.limits().ingestQueueSize(), MAX_BATCH,
                all).start();
        BoundedExecutor lookups = new BoundedExecutor("farmguard-lookup", 2, config.limits().ingestQueueSize());
        AgentServer agents = new AgentServer(agentTls, config.trustedProxies(), config.limits(), writer,
                id -> lookups.submit(() -> store.lastStoredSequence(id)), wireCatalog, version, metrics, enroller,
                lookups, deviceCertificates);
        revocations.onNewlyRevoked(agents::disconnect);
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "farmguard-revocations");
            t.setDaemon(true);
            return t;
        });
        long every = config.enrollment().revocationRefresh().toMillis();
        refresher.scheduleWithFixedDelay(revocations::refresh, every, every, TimeUnit.MILLISECONDS);
        Router router = ApiRoutes.build(store, tokens, metrics, version,
                new EnrollmentRoutes(enrollmentTokens, revocations, store), detection, clock, suppressions::now);
        ApiServer api = new ApiServer(apiTls, config.limits().handshakeTimeout(), config.api(), router);
        Parts parts = new Parts(store, writer, lookups, refresher, agents, api, metrics, ca, revocations,
                enrollmentTokens, detection, geo, suppressions, alerts);
        Collector collector = new Collector(parts, null, null);
        try {
            InetSocketAddress agentBound = agents.bind(config.agentListen());
            InetSocketAddress apiBound = api.bind(config.apiListen());
            HostPort agentAddress = HostPort.of(agentBound);
            HostPort apiAddress = HostPort.of(apiBound);
            dir.writeListen(agentAddress.toString(), apiAddress.toString());
            LOG.info("collector {} started: agents {}, API {}, data {}", version, agentAddress, apiAddress,
                    config.dataDir());
            suppressions.start(SUPPRESSION_REFRESH);
            detection.start();
            return new Collector(parts, agentAddress, apiAddress);
        } catch (IOException | InterruptedException | RuntimeException e) {
            collector.close();
            throw e;
        }
    }

    /** Alert outputs start before detection, so no verdict change is saved without its event. */
    private static Alerts startAlerts(CollectorConfig config, Store store, CollectorMetrics metrics, Clock clock) {
        try {
            return Alerts.start(config.alerts(), store, metrics.registry(), clock);
        } catch (RuntimeException e) {
            store.close();
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
        return parts.store();
    }

    public CollectorMetrics metrics() {
        return parts.metrics();
    }

    public CertificateAuthority certificateAuthority() {
        return parts.ca();
    }

    /** Revoked devices (revoke through it to take effect at once on this collector). */
    public RevocationList revocations() {
        return parts.revocations();
    }

    public EnrollmentTokens enrollmentTokens() {
        return parts.enrollmentTokens();
    }

    public DetectionEngine detection() {
        return parts.detection();
    }

    /** The GeoIP databases this collector opened (empty when none). */
    public GeoIpRegistry geoIp() {
        return parts.geo();
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
        parts.agentServer().stopAccepting();
        parts.refresher().shutdownNow();
        parts.writer().close(deadline);
        parts.agentServer().close(deadline);
        parts.apiServer().close(deadline);
        parts.lookups().close(deadline);
        parts.suppressions().close();
        parts.detection().close();
        parts.alerts().close();
        parts.store().close();
        parts.geo().close();
        LOG.info("collector stopped");
    }
}
