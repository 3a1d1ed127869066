package dev.farmguard.collector.config;

import dev.farmguard.collector.detect.DetectionConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code serve} needs, validated: built from defaults, then the YAML file, then command-line flags.
 *
 * @param tlsServerNames extra DNS names or IP addresses put in the server certificate
 * @param trustedProxies networks whose connections must start with a PROXY v2 header
 * @param geoipPaths     MaxMind .mmdb files or GeoLite2 CSV directories (checked to exist)
 * @param api            limits of the API port: body sizes, bytes in flight, connections
 * @param enrollment     device certificates, enrollment tokens, revocation
 * @param detection      rules, scoring, office networks, sanctioned tools (YAML section {@code detection})
 * @param alerts         alert outputs and their outbox (YAML section {@code alerts})
 */
public record CollectorConfig(
        Path dataDir,
        HostPort agentListen,
        HostPort apiListen,
        List<String> tlsServerNames,
        List<Cidr> trustedProxies,
        List<Path> geoipPaths,
        StoreSettings store,
        Limits limits,
        ApiLimits api,
        EnrollmentSettings enrollment,
        DetectionConfig detection,
        AlertsConfig alerts) {

    public static final HostPort DEFAULT_AGENT_LISTEN = new HostPort("0.0.0.0", 9443);
    public static final HostPort DEFAULT_API_LISTEN = new HostPort("127.0.0.1", 8443);
    public static final int DEFAULT_API_MAX_BODY_BYTES = ApiLimits.DEFAULTS.maxBodyBytes();

    public CollectorConfig {
        tlsServerNames = List.copyOf(tlsServerNames);
        trustedProxies = List.copyOf(trustedProxies);
        geoipPaths = List.copyOf(geoipPaths);
    }

    /** Everything but the alert settings, which take their defaults (no outputs). */
    public CollectorConfig(Path dataDir, HostPort agentListen, HostPort apiListen, List<String> tlsServerNames,
                           List<Cidr> trustedProxies, List<Path> geoipPaths, StoreSettings store, Limits limits,
                           ApiLimits api, EnrollmentSettings enrollment, DetectionConfig detection) {
        this(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store, limits, api,
                enrollment, detection, AlertsConfig.NONE);
    }

    /** Everything but the enrollment and detection settings, which take their defaults. */
    public CollectorConfig(Path dataDir, HostPort agentListen, HostPort apiListen, List<String> tlsServerNames,
                           List<Cidr> trustedProxies, List<Path> geoipPaths, StoreSettings store, Limits limits,
                           int apiMaxBodyBytes) {
        this(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store, limits,
                apiMaxBodyBytes, EnrollmentSettings.DEFAULTS);
    }

    /** Everything but the detection settings, which take their defaults. */
    public CollectorConfig(Path dataDir, HostPort agentListen, HostPort apiListen, List<String> tlsServerNames,
                           List<Cidr> trustedProxies, List<Path> geoipPaths, StoreSettings store, Limits limits,
                           int apiMaxBodyBytes, EnrollmentSettings enrollment) {
        this(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store, limits,
                ApiLimits.withMaxBody(apiMaxBodyBytes), enrollment, DetectionConfig.DEFAULTS);
    }

    /** Everything but the API limits and detection settings: the API takes {@code apiMaxBodyBytes} and defaults. */
    public CollectorConfig(Path dataDir, HostPort agentListen, HostPort apiListen, List<String> tlsServerNames,
                           List<Cidr> trustedProxies, List<Path> geoipPaths, StoreSettings store, Limits limits,
                           int apiMaxBodyBytes, EnrollmentSettings enrollment, DetectionConfig detection) {
        this(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store, limits,
                ApiLimits.withMaxBody(apiMaxBodyBytes), enrollment, detection);
    }

    /** Largest API request body accepted. */
    public int apiMaxBodyBytes() {
        return api.maxBodyBytes();
    }

    public static CollectorConfig defaults(Path dataDir) {
        return new CollectorConfig(dataDir, DEFAULT_AGENT_LISTEN, DEFAULT_API_LISTEN, List.of(), List.of(), List.of(),
                StoreSettings.SQLITE_DEFAULT, Limits.DEFAULTS, ApiLimits.DEFAULTS, EnrollmentSettings.DEFAULTS,
                DetectionConfig.DEFAULTS);
    }

    public CollectorConfig withLimits(Limits newLimits) {
        return new CollectorConfig(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store,
                newLimits, api, enrollment, detection, alerts);
    }

    public CollectorConfig withEnrollment(EnrollmentSettings settings) {
        return new CollectorConfig(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store,
                limits, api, settings, detection, alerts);
    }

    public CollectorConfig withApi(ApiLimits a) {
        return new CollectorConfig(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store,
                limits, a, enrollment, detection, alerts);
    }

    public CollectorConfig withDetection(DetectionConfig d) {
        return new CollectorConfig(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store,
                limits, api, enrollment, d, alerts);
    }

    public CollectorConfig withAlerts(AlertsConfig a) {
        return new CollectorConfig(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store,
                limits, api, enrollment, detection, a);
    }
}
