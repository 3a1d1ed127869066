package dev.farmguard.collector.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads the YAML configuration file on top of a base configuration. Unknown keys and bad values fail with
 * a {@link ConfigException} naming the key. {@code collector.example.yaml} documents every key and its default.
 */
public final class ConfigFile {

    private static final Set<String> TOP = Set.of("agent", "api", "tls", "store", "limits", "enrollment", "geoip",
            "detection", "alerts", "reports"); // reports: ReportsConfigFile

    private ConfigFile() {}

    public static CollectorConfig apply(Path file, CollectorConfig base) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (JacksonException e) {
            throw new ConfigException(file.toString(), "not valid YAML: " + e.getOriginalMessage(),
                    "check indentation and quoting near line " + lineOf(e));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read: " + e.getMessage(), "pass a readable file");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return base;
        }
        YamlSection top = new YamlSection("", root, TOP);
        CollectorConfig c = base;
        var detection = top.has("detection") ? DetectionConfigFile.read(top, base.detection()) : base.detection();
        if (top.has("agent")) {
            YamlSection agent = top.section("agent", Set.of("listen", "trusted-proxies"));
            HostPort listen = agent.has("listen") ? agent.parsed("listen", "HOST:PORT", HostPort::parse)
                    : c.agentListen();
            var proxies = agent.has("trusted-proxies")
                    ? agent.list("trusted-proxies", "an IP network like 10.0.0.0/8", Cidr::parse)
                    : c.trustedProxies();
            c = new CollectorConfig(c.dataDir(), listen, c.apiListen(), c.tlsServerNames(), proxies, c.geoipPaths(),
                    c.store(), c.limits(), c.apiMaxBodyBytes());
        }
        ApiLimits apiLimits = base.api();
        if (top.has("api")) {
            YamlSection api = top.section("api", Set.of("listen", "max-body-bytes", "max-body-bytes-in-flight",
                    "max-connections", "max-connections-per-address"));
            HostPort listen = api.has("listen") ? api.parsed("listen", "HOST:PORT", HostPort::parse) : c.apiListen();
            apiLimits = apiLimits(api, apiLimits);
            c = new CollectorConfig(c.dataDir(), c.agentListen(), listen, c.tlsServerNames(), c.trustedProxies(),
                    c.geoipPaths(), c.store(), c.limits(), apiLimits.maxBodyBytes());
        }
        if (top.has("tls")) {
            YamlSection tls = top.section("tls", Set.of("server-names"));
            var names = tls.has("server-names")
                    ? tls.list("server-names", "a DNS name or IP address", ConfigFile::serverName)
                    : c.tlsServerNames();
            c = new CollectorConfig(c.dataDir(), c.agentListen(), c.apiListen(), names, c.trustedProxies(),
                    c.geoipPaths(), c.store(), c.limits(), c.apiMaxBodyBytes());
        }
        if (top.has("store")) {
            c = new CollectorConfig(c.dataDir(), c.agentListen(), c.apiListen(), c.tlsServerNames(),
                    c.trustedProxies(), c.geoipPaths(), store(top), c.limits(), c.apiMaxBodyBytes());
        }
        if (top.has("limits")) {
            c = new CollectorConfig(c.dataDir(), c.agentListen(), c.apiListen(), c.tlsServerNames(),
                    c.trustedProxies(), c.geoipPaths(), c.store(), limits(top, c.limits()), c.apiMaxBodyBytes());
        }
        if (top.has("geoip")) {
            var paths = top.list("geoip", "a path to an .mmdb file or a CSV directory", Path::of);
            c = new CollectorConfig(c.dataDir(), c.agentListen(), c.apiListen(), c.tlsServerNames(),
                    c.trustedProxies(), paths, c.store(), c.limits(), c.apiMaxBodyBytes());
        }
        return c.withEnrollment(top.has("enrollment") ? enrollment(top, base.enrollment()) : base.enrollment())
                .withDetection(detection).withApi(apiLimits)
                .withAlerts(top.has("alerts") ? AlertsConfigFile.read(top, base.alerts()) : base.alerts());
    }

    private static ApiLimits apiLimits(YamlSection api, ApiLimits base) {
        int maxBody = api.has("max-body-bytes") ? api.positiveInt("max-body-bytes", 1 << 30) : base.maxBodyBytes();
        long inFlight = api.has("max-body-bytes-in-flight") ? api.positiveInt("max-body-bytes-in-flight", 1 << 30)
                : Math.max(base.maxBodyBytesInFlight(), maxBody);
        int connections = api.has("max-connections") ? api.positiveInt("max-connections", 1_000_000)
                : base.maxConnections();
        int perAddress = api.has("max-connections-per-address")
                ? api.positiveInt("max-connections-per-address", 1_000_000)
                : Math.min(base.maxConnectionsPerAddress(), connections);
        if (inFlight < maxBody) {
            throw new ConfigException(api.key("max-body-bytes-in-flight"), "smaller than api.max-body-bytes",
                    "allow at least one largest body in flight");
        }
        if (perAddress > connections) {
            throw new ConfigException(api.key("max-connections-per-address"), "larger than api.max-connections",
                    "make the per-address cap at most the total");
        }
        return new ApiLimits(maxBody, inFlight, connections, perAddress);
    }

    private static EnrollmentSettings enrollment(YamlSection top, EnrollmentSettings base) {
        YamlSection e = top.section("enrollment",
                Set.of("certificate-validity", "token-validity", "revocation-refresh"));
        EnrollmentSettings s = new EnrollmentSettings(
                e.has("certificate-validity") ? e.duration("certificate-validity") : base.certificateValidity(),
                e.has("token-validity") ? e.duration("token-validity") : base.tokenValidity(),
                e.has("revocation-refresh") ? e.duration("revocation-refresh") : base.revocationRefresh());
        if (s.certificateValidity().compareTo(java.time.Duration.ofMinutes(1)) < 0) {
            throw new ConfigException(e.key("certificate-validity"), "shorter than one minute",
                    "use a lifetime such as 90d; agents renew after two thirds of it");
        }
        return s;
    }

    private static StoreSettings store(YamlSection top) {
        YamlSection s = top.section("store", Set.of("type", "url", "user", "password-file"));
        StoreSettings.Kind kind = s.has("type") ? s.parsed("type", "sqlite or postgresql", ConfigFile::storeKind)
                : StoreSettings.Kind.SQLITE;
        String url = s.has("url") ? s.string("url") : "";
        String user = s.has("user") ? s.string("user") : "";
        Path passwordFile = s.has("password-file") && !s.string("password-file").isEmpty()
                ? Path.of(s.string("password-file")) : null;
        if (kind == StoreSettings.Kind.POSTGRESQL && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException(s.key("url"), "PostgreSQL needs a JDBC URL, got '" + url + "'",
                    "write e.g. jdbc:postgresql://db.example:5432/farmguard");
        }
        if (kind == StoreSettings.Kind.SQLITE && (!url.isEmpty() || !user.isEmpty() || passwordFile != null)) {
            throw new ConfigException(s.key("url"), "the embedded SQLite store lives in the data directory",
                    "remove store.url/user/password-file or set store.type: postgresql");
        }
        return new StoreSettings(kind, url, user, passwordFile);
    }

    private static Limits limits(YamlSection top, Limits base) {
        YamlSection l = top.section("limits", Set.of("max-frame-bytes", "handshake-timeout", "idle-timeout",
                "ingest-queue-size", "max-connections-per-address", "messages-per-second", "message-burst", "snapshot", "device-bytes",
                "device-bytes-period"));
        return new Limits(
                l.has("max-frame-bytes") ? l.positiveInt("max-frame-bytes", 64 * 1024 * 1024) : base.maxFrameBytes(),
                l.has("handshake-timeout") ? l.duration("handshake-timeout") : base.handshakeTimeout(),
                l.has("idle-timeout") ? l.duration("idle-timeout") : base.idleTimeout(),
                l.has("ingest-queue-size") ? l.positiveInt("ingest-queue-size", 1_000_000) : base.ingestQueueSize(),
                l.has("max-connections-per-address") ? l.positiveInt("max-connections-per-address", 1_000_000)
                        : base.maxConnectionsPerAddress(),
                l.has("messages-per-second") ? l.positiveInt("messages-per-second", 1_000_000)
                        : base.messagesPerSecond(),
                l.has("message-burst") ? l.positiveInt("message-burst", 1_000_000) : base.messageBurst(),
                l.has("snapshot") ? snapshotLimits(l, base.snapshot()) : base.snapshot(),
                l.has("device-bytes") ? l.positiveInt("device-bytes", Integer.MAX_VALUE) : base.deviceBytes(),
                l.has("device-bytes-period") ? l.duration("device-bytes-period") : base.deviceBytesPeriod());
    }

    private static SnapshotLimits snapshotLimits(YamlSection limits, SnapshotLimits base) {
        YamlSection s = limits.section("snapshot", Set.of("max-usb-devices", "max-displays", "max-processes",
                "max-sockets", "max-log-entries", "max-list-entries", "max-string-chars", "max-edid-bytes"));
        int max = 1_000_000;
        return new SnapshotLimits(
                s.has("max-usb-devices") ? s.positiveInt("max-usb-devices", max) : base.maxUsbDevices(),
                s.has("max-displays") ? s.positiveInt("max-displays", max) : base.maxDisplays(),
                s.has("max-processes") ? s.positiveInt("max-processes", max) : base.maxProcesses(),
                s.has("max-sockets") ? s.positiveInt("max-sockets", max) : base.maxSockets(),
                s.has("max-log-entries") ? s.positiveInt("max-log-entries", max) : base.maxLogEntries(),
                s.has("max-list-entries") ? s.positiveInt("max-list-entries", max) : base.maxListEntries(),
                s.has("max-string-chars") ? s.positiveInt("max-string-chars", max) : base.maxStringChars(),
                s.has("max-edid-bytes") ? s.positiveInt("max-edid-bytes", max) : base.maxEdidBytes());
    }

    private static StoreSettings.Kind storeKind(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "sqlite" -> StoreSettings.Kind.SQLITE;
            case "postgresql", "postgres" -> StoreSettings.Kind.POSTGRESQL;
            default -> throw new IllegalArgumentException("unknown store type");
        };
    }

    static String serverName(String text) {
        if (!text.matches("[A-Za-z0-9.:*-]+")) {
            throw new IllegalArgumentException("not a host name or IP address");
        }
        return text;
    }

    private static String lineOf(JacksonException e) {
        return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
    }
}
