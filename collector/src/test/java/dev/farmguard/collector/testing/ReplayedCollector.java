package dev.farmguard.collector.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.agent.cli.AgentMain;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.config.ConfigFile;
import dev.farmguard.collector.config.ConfigValidator;
import dev.farmguard.collector.config.HostPort;
import dev.farmguard.collector.config.Limits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real collector on loopback fed a simulated fleet the way production would be: the roster through the API, the
 * replay file through the real agent's {@code replay} (TLS, PROXY v2 from 127.0.0.1, which the collector trusts as
 * a proxy), the GeoIP CSVs through {@code --geoip} and the simulator's configuration snippet as the config file.
 * Verdicts come back through the API.
 */
public final class ReplayedCollector implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INGEST_QUEUE = 16_384;

    private final Collector collector;
    private final Path dataDir;
    private final HttpClient http;
    private final String base;
    private final String token;
    private String replayToken;

    private ReplayedCollector(Collector collector, Path dataDir) throws Exception {
        this.collector = collector;
        this.dataDir = dataDir;
        this.http = HttpClient.newBuilder().sslContext(Tls.trusting(dataDir.resolve("ca.pem")))
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.base = "https://127.0.0.1:" + collector.apiAddress().port();
        this.token = Files.readString(dataDir.resolve("admin.token")).trim();
    }

    /** Starts a collector configured from the fleet's snippet and GeoIP data. */
    public static ReplayedCollector start(SimulatedFleet fleet, Path dataDir) throws Exception {
        CollectorConfig c = ConfigFile.apply(fleet.collectorConfig(), CollectorConfig.defaults(dataDir));
        // a deep ingest queue: the replay sends as fast as it can, far faster than laptops report
        Limits l = c.limits();
        Limits limits = new Limits(l.maxFrameBytes(), l.handshakeTimeout(), l.idleTimeout(), INGEST_QUEUE,
                l.maxConnectionsPerAddress(), l.messagesPerSecond(), l.messageBurst(), l.snapshot());
        CollectorConfig config = new CollectorConfig(dataDir, new HostPort("127.0.0.1", 0), new HostPort("127.0.0.1", 0),
                List.of(), List.of(Cidr.parse("127.0.0.1/32")), List.of(fleet.geoip()), c.store(), limits,
                c.apiMaxBodyBytes(), c.enrollment(), c.detection());
        return new ReplayedCollector(Collector.start(ConfigValidator.check(config), List.of(), Clock.systemUTC()),
                dataDir);
    }

    public Collector collector() {
        return collector;
    }

    /** POST /api/v1/roster with the fleet's roster.csv; returns rows imported. */
    public int importRoster(SimulatedFleet fleet) throws Exception {
        JsonNode r = send("POST", "/api/v1/roster", "text/csv", Files.readString(fleet.roster()));
        return r.get("imported").asInt();
    }

    /**
     * {@code farmguard-agent replay} in this JVM with a {@code replay} enrollment token made through the API (each
     * recorded device is enrolled under its own id); returns the exit code (0 when every record was acked).
     */
    public int replay(SimulatedFleet fleet) throws Exception {
        if (replayToken == null) {
            replayToken = send("POST", "/api/v1/enrollment-tokens", "application/json",
                    "{\"purpose\": \"replay\", \"note\": \"simulated fleet\"}", 201).get("token").asText();
        }
        return AgentMain.execute("replay", "--collector", "127.0.0.1:" + collector.agentAddress().port(),
                "--ca", dataDir.resolve("ca.pem").toString(), "--enroll-token", replayToken,
                "--file", fleet.replayFile().toString());
    }

    /** POST /api/v1/detection/run. */
    public JsonNode runDetection() throws Exception {
        return send("POST", "/api/v1/detection/run", null, null);
    }

    /** GET /api/v1/devices, every page, keyed by device id. */
    public Map<String, JsonNode> devices() throws Exception {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        String cursor = null;
        do {
            JsonNode page = send("GET", "/api/v1/devices?limit=500" + (cursor == null ? "" : "&cursor=" + cursor),
                    null, null);
            for (JsonNode d : page.get("items")) {
                out.put(d.get("deviceId").asText(), d);
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return out;
    }

    private JsonNode send(String method, String path, String type, String body) throws Exception {
        return send(method, path, type, body, 200);
    }

    private JsonNode send(String method, String path, String type, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        collector.close();
    }
}
