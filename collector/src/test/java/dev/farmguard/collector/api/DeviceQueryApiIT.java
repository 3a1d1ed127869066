package dev.farmguard.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.SnapshotBuilder;
import dev.farmguard.collector.testing.Tls;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query API over HTTPS on loopback: list, paging, detail, timeline, clusters, export, and every refusal. */
class DeviceQueryApiIT {

    private static final Instant T0 = SnapshotBuilder.T0;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BULK = 3000;

    @TempDir
    static Path dir;

    private static Collector collector;
    private static HttpClient http;
    private static String base;
    private static String analyst;
    private static String proxy;

    @BeforeAll
    static void start() throws Exception {
        collector = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5));
        http = HttpClient.newBuilder().sslContext(Tls.trusting(dir.resolve("ca.pem")))
                .connectTimeout(Duration.ofSeconds(5)).build();
        base = "https://127.0.0.1:" + collector.apiAddress().port();
        String admin = Files.readString(dir.resolve("admin.token")).trim();
        analyst = token(admin, "analyst");
        proxy = token(admin, "ingest-proxy");
        // farm-1 moves from one address to another and rises from review to farm
        List<DeviceSnapshot> farm = SnapshotBuilder.laptop("farm-1").ip("203.0.113.5").gateway("a0:40:a0:00:00:01")
                .at(T0).series(6, Duration.ofHours(1), (i, b) -> b.ip(i < 3 ? "203.0.113.5" : "198.51.100.9"));
        collector.store().saveSnapshots(farm, T0);
        collector.store().saveSnapshots(List.of(SnapshotBuilder.laptop("farm-2").ip("203.0.113.5").at(T0).build(),
                SnapshotBuilder.laptop("=1+2").ip("192.0.2.1").at(T0).build()), T0);
        Map<String, Object> network = Map.of("kind", "public address", "network", "203.0.113.5", "from", T0.toString(),
                "to", T0.plusSeconds(3 * 3600).toString());
        Finding shared = new Finding("colocation.shared_network", Finding.Severity.HIGH, "shared",
                Map.of("networks", List.of(network)));
        collector.store().saveAssessment(new Assessment("farm-1", 50, Verdict.REVIEW, List.of(shared), T0, "review"));
        collector.store().saveAssessment(new Assessment("farm-1", 95, Verdict.LAPTOP_FARM, List.of(shared,
                new Finding("ip_kvm.usb_identity", Finding.Severity.CRITICAL, "PiKVM", Map.of("vidPid", "1d6b:0104"))),
                T0.plusSeconds(4 * 3600), "farm"));
        collector.store().saveAssessment(new Assessment("farm-2", 60, Verdict.REVIEW, List.of(shared), T0, "review"));
        collector.store().replaceRoster(List.of(new RosterEntry("farm-1", "E1", "Alice Smith", "alice@example.com",
                "US", "", "", null, null, ""), new RosterEntry("farm-2", "E2", "Bob Jones", "bob@example.com", "US", "",
                "", null, null, "")));
        collector.store().enrollments().revokeDevice("farm-2", T0);
        List<DeviceSnapshot> bulk = new ArrayList<>();
        for (int i = 0; i < BULK; i++) {
            bulk.add(SnapshotBuilder.laptop(String.format("bulk-%05d", i)).ip("10.1." + (i / 250) + "." + (i % 250))
                    .at(T0.plusSeconds(i)).build());
        }
        collector.store().saveSnapshots(bulk, T0);
    }

    @AfterAll
    static void stop() {
        collector.close();
    }

    private static String token(String admin, String role) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/tokens", admin,
                "{\"role\": \"" + role + "\", \"name\": \"" + role + "\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        return JSON.readTree(r.body()).get("token").asText();
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, analyst, null);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aPageCarriesTheContractFieldsAndTheNewOnes() throws Exception {
        JsonNode page = get("/api/v1/devices?limit=2");
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("nextCursor").isTextual()).isTrue();
        JsonNode top = page.get("items").get(0);
        assertThat(top.get("deviceId").asText()).isEqualTo("farm-1"); // default sort: highest risk first
        for (String field : List.of("deviceId", "hostname", "lastSeen", "publicIp", "risk", "verdict", "findings",
                "employee", "country", "caseState", "revoked", "families")) {
            assertThat(top.has(field)).as(field).isTrue();
        }
        assertThat(top.get("verdict").asText()).isEqualTo("laptop_farm");
        assertThat(top.get("employee").get("name").asText()).isEqualTo("Alice Smith");
        assertThat(top.get("caseState").asText()).isEqualTo("none");
        assertThat(top.get("families").toString()).isEqualTo("[\"attached\",\"shared\"]");
        assertThat(top.get("findings").get(0).get("evidence").has("networks")).isTrue();
    }

    @Test
    void filtersReachTheStore() throws Exception {
        assertThat(ids(get("/api/v1/devices?verdict=review&verdict=laptop_farm&sort=hostname")))
                .containsExactly("farm-1", "farm-2");
        assertThat(ids(get("/api/v1/devices?verdict=review,laptop_farm&risk_min=55&risk_max=60"))).containsExactly("farm-2");
        assertThat(ids(get("/api/v1/devices?ip=203.0.113.0/24&sort=hostname"))).containsExactly("farm-2");
        assertThat(ids(get("/api/v1/devices?employee=alice&rule=ip_kvm.usb_identity"))).containsExactly("farm-1");
        assertThat(ids(get("/api/v1/devices?family=shared&country=us&case_state=none&sort=-hostname")))
                .containsExactly("farm-2", "farm-1");
        assertThat(ids(get("/api/v1/devices?revoked=true"))).containsExactly("farm-2");
        assertThat(ids(get("/api/v1/devices?revoked=false&family=shared"))).containsExactly("farm-1");
        assertThat(ids(get("/api/v1/devices?gateway_mac=A0-40-A0-00-00-01"))).containsExactly("farm-1");
        assertThat(ids(get("/api/v1/devices?hostname=BULK-00299&seen_after=" + enc(T0.toString())))).containsExactly(
                "bulk-00299");
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("deviceId").asText()));
        return out;
    }

    @Test
    void pagingVisitsEveryDeviceOnceWhileDevicesAreInserted() throws Exception {
        Set<String> expected = new HashSet<>(ids(get("/api/v1/devices?hostname=bulk-&limit=500&sort=-last_seen")));
        expected.addAll(ids(get("/api/v1/devices?hostname=bulk-&limit=500&sort=-last_seen&cursor="
                + get("/api/v1/devices?hostname=bulk-&limit=500&sort=-last_seen").get("nextCursor").asText())));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int page = 0;
        do {
            JsonNode body = get("/api/v1/devices?hostname=bulk-&limit=97&sort=last_seen"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(ids(body));
            cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
            // a new device sorts before the cursor, another after it
            collector.store().saveSnapshots(List.of(
                    SnapshotBuilder.laptop("bulk-new-early-" + page).at(T0.minusSeconds(1)).build(),
                    SnapshotBuilder.laptop("bulk-new-late-" + page).at(T0.plusSeconds(100_000 + page)).build()), T0);
            page++;
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates();
        for (int i = 0; i < BULK; i++) {
            assertThat(seen).contains(String.format("bulk-%05d", i));
        }
        assertThat(expected).isNotEmpty();
        assertThat(page).isGreaterThan(BULK / 97);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "colour=red|colour", "verdict=maybe|verdict", "risk_min=-1|risk_min", "risk_max=101|risk_max",
        "risk_min=50&risk_max=10|risk_min", "rule=Bad%20Rule|rule", "family=vibes|family", "seen_after=yesterday|seen_after",
        "seen_before=2027-13-01T00:00:00Z|seen_before", "ip=300.1.1.1|ip", "ip=10.0.0.0/33|ip",
        "gateway_mac=zz:zz|gateway_mac", "bssid=1234|bssid", "case_state=closed|case_state", "revoked=yes|revoked",
        "sort=risk_desc|sort", "limit=0|limit", "limit=501|limit", "limit=ten|limit", "cursor=%%%|cursor",
        "cursor=bm90LWpzb24|cursor", "limit=5&limit=6|limit", "hostname=|hostname"})
    void aBadParameterIs400NamingIt(String query, String parameter) throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/devices?" + query.replace("%%%", "%25%25"), analyst, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body());
        assertThat(error.get("parameter").asText()).isEqualTo(parameter);
        assertThat(error.get("error").asText()).contains(parameter);
    }

    @Test
    void aCursorOfAnotherSortIs400() throws Exception {
        String cursor = get("/api/v1/devices?limit=1&sort=risk").get("nextCursor").asText();
        HttpResponse<String> r = send("GET", "/api/v1/devices?sort=hostname&cursor=" + cursor, analyst, null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("sort=risk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/devices", "/api/v1/devices/farm-1", "/api/v1/devices/farm-1/timeline",
        "/api/v1/devices/farm-1/clusters", "/api/v1/clusters", "/api/v1/devices/export?format=csv"})
    void everyQueryNeedsATokenOfAReadingRole(String path) throws Exception {
        assertThat(send("GET", path, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", path, "fg_wrong", null).statusCode()).isEqualTo(401);
        HttpResponse<String> r = send("GET", path, proxy, null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("ingest-proxy");
    }

    @Test
    void detailShowsSignalsRosterAndRevocation() throws Exception {
        JsonNode d = get("/api/v1/devices/farm-2");
        assertThat(d.get("revoked").asBoolean()).isTrue();
        assertThat(d.get("roster").get("employeeId").asText()).isEqualTo("E2");
        assertThat(d.get("snapshot").get("identity").get("hostname").asText()).isEqualTo("farm-2-host");
        assertThat(d.get("findings").get(0).get("rule").asText()).isEqualTo("colocation.shared_network");
        assertThat(send("GET", "/api/v1/devices/nobody", analyst, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/devices/farm-2?x=1", analyst, null).statusCode()).isEqualTo(400);
    }

    @Test
    void timelineKeepsEveryVerdictAndTheNetworksOverTheWindow() throws Exception {
        JsonNode t = get("/api/v1/devices/farm-1/timeline");
        assertThat(t.get("verdicts")).hasSize(2);
        assertThat(t.get("verdicts").get(0).get("verdict").asText()).isEqualTo("review");
        assertThat(t.get("verdicts").get(1).get("risk").asInt()).isEqualTo(95);
        assertThat(t.get("verdicts").get(1).get("findings")).hasSize(2);
        assertThat(t.get("checkIns").asInt()).isEqualTo(6);
        JsonNode ips = t.get("publicIps");
        assertThat(ips).hasSize(2);
        assertThat(ips.get(0).get("value").get("ip").asText()).isEqualTo("203.0.113.5");
        assertThat(ips.get(0).get("checkIns").asInt()).isEqualTo(3);
        assertThat(ips.get(1).get("from").asText()).isEqualTo(T0.plusSeconds(3 * 3600).toString());
        assertThat(t.get("gateways")).hasSize(1);
        JsonNode narrow = get("/api/v1/devices/farm-1/timeline?from=" + enc(T0.plusSeconds(3600).toString()) + "&to="
                + enc(T0.plusSeconds(2 * 3600).toString()));
        assertThat(narrow.get("checkIns").asInt()).isEqualTo(1);
        assertThat(narrow.get("verdicts")).isEmpty();
        assertThat(send("GET", "/api/v1/devices/farm-1/timeline?from=" + enc(T0.toString()) + "&to=" + enc(T0.toString()),
                analyst, null).statusCode()).isEqualTo(400);
    }

    @Test
    void clustersGroupTheMembersTheFleetRulesFound() throws Exception {
        JsonNode all = get("/api/v1/clusters");
        assertThat(all.get("items")).hasSize(1);
        JsonNode c = all.get("items").get(0);
        assertThat(c.get("kind").asText()).isEqualTo("public_ip");
        assertThat(c.get("shared").asText()).isEqualTo("203.0.113.5");
        assertThat(c.get("size").asInt()).isEqualTo(2);
        assertThat(c.get("employees").asInt()).isEqualTo(2);
        assertThat(c.get("from").asText()).isEqualTo(T0.toString());
        assertThat(c.get("members").get(0).get("employeeName").asText()).isEqualTo("Alice Smith");
        assertThat(get("/api/v1/clusters?kind=bssid").get("items")).isEmpty();
        assertThat(get("/api/v1/devices/farm-2/clusters").get("items")).hasSize(1);
        assertThat(get("/api/v1/devices/bulk-00001/clusters").get("items")).isEmpty();
        assertThat(send("GET", "/api/v1/clusters?kind=moon", analyst, null).statusCode()).isEqualTo(400);
    }

    @Test
    void csvExportStreamsEveryRowWithFormulasNeutralised() throws Exception {
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/devices/export?format=csv&sort=hostname")).header("Authorization", "Bearer " + analyst)
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-length")).isEmpty(); // chunked: the size is not known up front
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(r.body(), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            rows = p.getRecords();
        }
        assertThat(rows.size()).isGreaterThanOrEqualTo(BULK + 3);
        assertThat(rows.get(0).get("hostname")).isEqualTo("'=1+2-host");
        assertThat(rows.get(0).get("device_id")).isEqualTo("'=1+2");
        CSVRecord farm = rows.stream().filter(x -> x.get("device_id").equals("farm-1")).findFirst().orElseThrow();
        assertThat(farm.get("rules")).isEqualTo("colocation.shared_network;ip_kvm.usb_identity");
        assertThat(farm.get("employee_name")).isEqualTo("Alice Smith");
    }

    @Test
    void jsonExportHonoursTheFilters() throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/devices/export?format=json&hostname=bulk-000", analyst, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode rows = JSON.readTree(r.body());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(100); // bulk-00000 to bulk-00099
        assertThat(send("GET", "/api/v1/devices/export?format=xml", analyst, null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/devices/export", analyst, null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/devices/export?format=csv&limit=5", analyst, null).statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentNeedsNoToken() throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/openapi.json", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("paths").has("/api/v1/devices")).isTrue();
    }
}
