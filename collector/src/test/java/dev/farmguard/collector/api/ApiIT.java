package dev.farmguard.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.TestSnapshots;
import dev.farmguard.collector.testing.Tls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTPS API on loopback with the collector's own CA and tokens. */
class ApiIT {

    @TempDir
    static Path dir;

    private static Collector collector;
    private static HttpClient http;
    private static String base;
    private static String admin;
    private static String analyst;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        collector = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5));
        http = HttpClient.newBuilder().sslContext(Tls.trusting(dir.resolve("ca.pem")))
                .connectTimeout(Duration.ofSeconds(5)).build();
        base = "https://127.0.0.1:" + collector.apiAddress().port();
        admin = Files.readString(dir.resolve("admin.token")).trim();
        collector.store().saveSnapshots(List.of(TestSnapshots.full("lap-1", 3).withObservedIp("203.0.113.5"),
                TestSnapshots.minimal("lap-2", 1, TestSnapshots.T0)), TestSnapshots.T0);
        collector.store().saveAssessment(new Assessment("lap-1", 91, Verdict.LAPTOP_FARM, List.of(new Finding(
                "ip_kvm.usb_identity", Finding.Severity.CRITICAL, "PiKVM USB gadget attached",
                Map.of("vidPid", "1d6b:0104"))), TestSnapshots.T0,
                "Laptop farm: decisive evidence about what is attached to it (PiKVM USB gadget attached)."));
        HttpResponse<String> created = send("POST", "/api/v1/tokens", admin, "application/json",
                "{\"role\": \"analyst\", \"name\": \"soc\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        analyst = JSON.readTree(created.body()).get("token").asText();
    }

    @AfterAll
    static void stop() {
        collector.close();
    }

    private static HttpResponse<String> send(String method, String path, String token, String type, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null, null);
    }

    private static void assertError(HttpResponse<String> r, int status, String text) throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        JsonNode error = JSON.readTree(r.body());
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("error").asText()).contains(text);
    }

    @Test
    void healthNeedsNoTokenAndShowsNoSecrets() throws Exception {
        HttpResponse<String> r = get("/api/v1/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("status").asText()).isEqualTo("ok");
        assertThat(r.body()).doesNotContain(admin);
    }

    @Test
    void withoutOrWithABadTokenIs401() throws Exception {
        assertError(get("/api/v1/devices", null), 401, "bearer");
        assertError(get("/api/v1/devices", "fg_not-a-real-token"), 401, "invalid");
        assertThat(get("/api/v1/devices", null).headers().firstValue("www-authenticate")).contains("Bearer");
        assertError(get("/metrics", null), 401, "bearer");
    }

    @Test
    void analystMayReadButNotChange() throws Exception {
        assertThat(get("/api/v1/devices", analyst).statusCode()).isEqualTo(200);
        assertError(send("POST", "/api/v1/roster", analyst, "text/csv", "device_id,employee_id\na,b\n"), 403,
                "analyst");
        assertError(get("/api/v1/tokens", analyst), 403, "admin");
    }

    @Test
    void deviceListCarriesTheContractFields() throws Exception {
        HttpResponse<String> r = get("/api/v1/devices", analyst);
        JsonNode page = JSON.readTree(r.body());
        assertThat(page.get("nextCursor").isNull()).isTrue();
        JsonNode list = page.get("items");
        assertThat(list).hasSize(2);
        JsonNode lap1 = list.get(0);
        assertThat(lap1.get("deviceId").asText()).isEqualTo("lap-1");
        assertThat(lap1.get("hostname").asText()).isEqualTo("lap-1-host");
        assertThat(lap1.get("lastSeen").asText()).isEqualTo("2026-03-02T15:04:05.123Z");
        assertThat(lap1.get("publicIp").asText()).isEqualTo("203.0.113.5");
        assertThat(lap1.get("risk").asInt()).isEqualTo(91);
        assertThat(lap1.get("verdict").asText()).isEqualTo("laptop_farm");
        JsonNode finding = lap1.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("ip_kvm.usb_identity");
        assertThat(finding.get("severity").asText()).isEqualTo("critical");
        assertThat(finding.get("summary").asText()).contains("PiKVM");
        assertThat(finding.get("evidence").get("vidPid").asText()).isEqualTo("1d6b:0104");
        JsonNode lap2 = list.get(1);
        assertThat(lap2.get("risk").asInt()).isZero();
        assertThat(lap2.get("verdict").asText()).isEqualTo("ok");
        assertThat(lap2.get("findings")).isEmpty();
    }

    @Test
    void deviceDetailCarriesTheLatestSnapshot() throws Exception {
        JsonNode d = JSON.readTree(get("/api/v1/devices/lap-1", analyst).body());
        assertThat(d.get("verdict").asText()).isEqualTo("laptop_farm");
        JsonNode s = d.get("snapshot");
        assertThat(s.get("identity").get("logicalCpus").asInt()).isEqualTo(8);
        assertThat(s.get("usbDevices").get(0).get("manufacturer").asText()).isEqualTo("PiKVM");
        assertThat(s.get("displays").get(0).get("edid").asText()).hasSize(172); // 128 bytes as base64
        assertThat(s.get("remoteAccess").get("processes").get(0).get("name").asText()).isEqualTo("anydesk");
        assertThat(s.get("network").get("gateways").get(0).get("mac").asText()).isEqualTo("11:22:33:44:55:66");
        assertThat(s.get("locale").get("timeZone").asText()).isEqualTo("Asia/Pyongyang");
        assertError(get("/api/v1/devices/nope", analyst), 404, "device 'nope'");
    }

    @Test
    void historyValidatesItsParameters() throws Exception {
        JsonNode h = JSON.readTree(get("/api/v1/devices/lap-1/history?limit=5", analyst).body());
        assertThat(h.get("snapshots")).hasSize(1);
        assertError(get("/api/v1/devices/lap-1/history?from=yesterday", analyst), 400, "parameter 'from'");
        assertError(get("/api/v1/devices/lap-1/history?limit=0", analyst), 400, "parameter 'limit'");
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() throws Exception {
        assertError(get("/api/v1/nothing", analyst), 404, "not found");
        HttpResponse<String> r = send("DELETE", "/api/v1/devices", admin, null, null);
        assertError(r, 405, "GET");
        assertThat(r.headers().firstValue("allow")).contains("GET");
    }

    @Test
    void rosterImportIsAdminOnlyTypedBoundedAndAtomic() throws Exception {
        HttpResponse<String> ok = send("POST", "/api/v1/roster", admin, "text/csv; charset=utf-8",
                "device_id,employee_id,city\nlap-1,E1,Phoenix\nlap-2,E2,Tucson\n");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("imported").asInt()).isEqualTo(2);
        assertError(send("POST", "/api/v1/roster", admin, "application/json", "{}"), 415, "text/csv");
        assertError(send("POST", "/api/v1/roster", admin, "text/csv", "device_id,employee_id\nx,1\nx,2\n"), 400,
                "line 3");
        assertThat(JSON.readTree(get("/api/v1/roster", analyst).body())).hasSize(2);
        String huge = "device_id,employee_id\n" + "a,b\n".repeat(20_000);
        assertError(send("POST", "/api/v1/roster", admin, "text/csv", huge), 413, "larger than");
        assertThat(JSON.readTree(get("/api/v1/devices/lap-1", analyst).body()).get("roster").get("city").asText())
                .isEqualTo("Phoenix");
    }

    @Test
    void metricsNeedATokenAndCountRejections() throws Exception {
        HttpResponse<String> r = get("/metrics", analyst);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("farmguard_ingest_rejections_total{reason=\"oversized_frame\"}")
                .contains("farmguard_snapshots_stored_total").contains("farmguard_agent_connections_active");
    }

    @Test
    void tokensCanBeRevoked() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/tokens", admin, "application/json",
                "{\"role\": \"analyst\", \"name\": \"temp\"}");
        JsonNode t = JSON.readTree(created.body());
        assertThat(get("/api/v1/devices", t.get("token").asText()).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/v1/tokens/" + t.get("id").asText(), admin, null, null).statusCode())
                .isEqualTo(204);
        assertError(get("/api/v1/devices", t.get("token").asText()), 401, "revoked");
        assertThat(get("/api/v1/tokens", admin).body()).doesNotContain(t.get("token").asText());
        assertError(send("POST", "/api/v1/tokens", admin, "application/json", "{\"role\": \"root\", \"name\": \"x\"}"),
                400, "parameter 'role'");
    }
}
