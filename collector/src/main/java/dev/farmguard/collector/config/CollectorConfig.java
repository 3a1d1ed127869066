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
 * @param apiMaxBodyBytes largest API request body accepted
 * @param detection      rules, scoring, office networks, sanctioned tools (YAML section {@code detection})
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
        int apiMaxBodyBytes,
        DetectionConfig detection) {

    public static final HostPort DEFAULT_AGENT_LISTEN = new HostPort("0.0.0.0", 9443);
    public static final HostPort DEFAULT_API_LISTEN = new HostPort("127.0.0.1", 8443);
    public static final int DEFAULT_API_MAX_BODY_BYTES = 10 * 1024 * 1024;

    public CollectorConfig {
        tlsServerNames = List.copyOf(tlsServerNames);
        trustedProxies = List.copyOf(trustedProxies);
        geoipPaths = List.copyOf(geoipPaths);
    }

    /** Everything but detection, which keeps its defaults. */
    public CollectorConfig(Path dataDir, HostPort agentListen, HostPort apiListen, List<String> tlsServerNames,
                           List<Cidr> trustedProxies, List<Path> geoipPaths, StoreSettings store, Limits limits,
                           int apiMaxBodyBytes) {
        this(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store, limits,
                apiMaxBodyBytes, DetectionConfig.DEFAULTS);
    }

    public static CollectorConfig defaults(Path dataDir) {
        return new CollectorConfig(dataDir, DEFAULT_AGENT_LISTEN, DEFAULT_API_LISTEN, List.of(), List.of(), List.of(),
                StoreSettings.SQLITE_DEFAULT, Limits.DEFAULTS, DEFAULT_API_MAX_BODY_BYTES, DetectionConfig.DEFAULTS);
    }

    public CollectorConfig withDetection(DetectionConfig d) {
        return new CollectorConfig(dataDir, agentListen, apiListen, tlsServerNames, trustedProxies, geoipPaths, store,
                limits, apiMaxBodyBytes, d);
    }
}
