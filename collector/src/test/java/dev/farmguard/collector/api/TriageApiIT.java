package dev.farmguard.collector.api;

import static dev.farmguard.collector.api.ApiClientForTests.JSON;
import static dev.farmguard.collector.api.ApiClientForTests.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.auth.TokenSecrets;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.store.DetectionRecord;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.TestSnapshots;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases, suppressions, roles and token expiry over the real HTTPS API (the audit log: {@link AuditApiIT}). */
class TriageApiIT {

    @TempDir
    static Path dir;

    private static Collector collector;
    private static ApiClientForTests api;
    private static String admin;
    private static String analyst;
    private static String viewer;
    private static String proxy;

    @BeforeAll
    static void start() throws Exception {
        collector = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5));
        api = new ApiClientForTests(dir.resolve("ca.pem"), collector.apiAddress().port());
        admin = Files.readString(dir.resolve("admin.token")).trim();
        analyst = token("analyst", "triage desk");
        viewer = token("viewer", "wallboard");
        proxy = token("ingest-proxy", "haproxy");
        List<dev.farmguard.collector.model.DeviceSnapshot> devices = new ArrayList<>();
        devices.add(TestSnapshots.full("lap-1", 3).withObservedIp("203.0.113.5"));
        for (int i = 2; i <= 5; i++) {
            devices.add(TestSnapshots.minimal("lap-" + i, 1, TestSnapshots.T0));
        }
        collector.store().saveSnapshots(devices, TestSnapshots.T0);
        farmOn("lap-1");
    }

    /** The device's findings: a decisive KVM finding confirmed by a shared public IP (a farm verdict). */
    private static void farmOn(String deviceId) {
        Instant at = TestSnapshots.T0.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        DetectionRecord record = new DetectionRecord(deviceId, List.of(
                new Finding("ip_kvm.usb_identity", Finding.Severity.CRITICAL, "PiKVM USB gadget", Map.of()),
                new Finding("colocation.shared_public_ip", Finding.Severity.HIGH, "shares an IP", Map.of())),
                3, collector.detection().rulesVersion(), at, List.of(), Instant.EPOCH);
        collector.store().saveDeviceDetection(record, dev.farmguard.collector.model.Assessment.clean(deviceId, at));
        collector.detection().rescore(List.of(deviceId));
    }

    private static String token(String role, String name) throws Exception {
        JsonNode t = api.ok(api.json("POST", "/api/v1/tokens", admin,
                "{\"role\": \"" + role + "\", \"name\": \"" + name + "\"}"), 201);
        assertThat(t.get("name").asText()).isEqualTo(name);
        return t.get("token").asText();
    }

    @AfterAll
    static void stop() {
        collector.close();
    }

    @Test
    void everyTriageRouteNeedsAToken() throws Exception {
        for (String[] route : new String[][] {{"GET", "/api/v1/devices/lap-2/case"}, {"PUT", "/api/v1/devices/lap-2/case"},
            {"GET", "/api/v1/cases"}, {"GET", "/api/v1/suppressions"}, {"POST", "/api/v1/suppressions"},
            {"DELETE", "/api/v1/suppressions/sup_x"}, {"GET", "/api/v1/audit"}}) {
            assertError(api.send(route[0], route[1], null, null, null), 401, "bearer");
        }
    }

    @Test
    void viewersReadAnalystsTriageAdminsAdminister() throws Exception {
        String caseBody = "{\"state\": \"acknowledged\"}";
        assertThat(api.get("/api/v1/devices/lap-3/case", viewer).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases", viewer).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/suppressions", viewer).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/devices", viewer).statusCode()).isEqualTo(200);
        assertThat(api.get("/metrics", viewer).statusCode()).isEqualTo(200);
        assertError(api.json("PUT", "/api/v1/devices/lap-3/case", viewer, caseBody), 403, "needs analyst");
        assertError(api.json("POST", "/api/v1/suppressions", viewer, "{}"), 403, "needs analyst");
        assertError(api.send("DELETE", "/api/v1/suppressions/sup_x", viewer, null, null), 403, "needs analyst");
        assertError(api.get("/api/v1/audit", viewer), 403, "needs admin");

        assertThat(api.json("PUT", "/api/v1/devices/lap-3/case", analyst, caseBody).statusCode()).isEqualTo(200);
        assertError(api.get("/api/v1/audit", analyst), 403, "role analyst may not do this; it needs admin");
        assertError(api.json("POST", "/api/v1/tokens", analyst, "{\"role\": \"admin\", \"name\": \"x\"}"), 403,
                "needs admin");
        assertError(api.send("POST", "/api/v1/roster", analyst, "text/csv", "device_id,employee_id\na,b\n"), 403,
                "needs admin");
        assertError(api.send("POST", "/api/v1/detection/run", analyst, null, null), 403, "needs admin");

        assertThat(api.json("PUT", "/api/v1/devices/lap-3/case", admin, caseBody).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit", admin).statusCode()).isEqualTo(200);
        assertError(api.get("/api/v1/devices", proxy), 403, "role ingest-proxy");
    }

    @Test
    void anExpiredTokenIs401SayingSo() throws Exception {
        String secret = TokenSecrets.newSecret();
        Instant past = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        collector.store().saveToken(new ApiToken("tok_expired", TokenSecrets.sha256Hex(secret), Role.ADMIN, "old",
                past.minusSeconds(3600), past, false));
        assertError(api.get("/api/v1/devices", secret), 401, "token tok_expired expired at " + past);
        assertError(api.json("POST", "/api/v1/tokens", admin,
                "{\"role\": \"viewer\", \"name\": \"x\", \"expiresAt\": \"2001-01-01T00:00:00Z\"}"), 400,
                "parameter 'expiresAt'");
        JsonNode t = api.ok(api.json("POST", "/api/v1/tokens", admin,
                "{\"role\": \"viewer\", \"name\": \"contractor\", \"expiresAt\": \"2999-01-01T00:00:00Z\"}"), 201);
        assertThat(t.get("expiresAt").asText()).isEqualTo("2999-01-01T00:00:00Z");
        assertThat(api.get("/api/v1/devices", t.get("token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void aCaseKeepsEveryChange() throws Exception {
        JsonNode none = api.ok(api.get("/api/v1/devices/lap-2/case", viewer), 200);
        assertThat(none.get("state").asText()).isEqualTo("none");
        assertThat(none.get("history")).isEmpty();
        api.ok(api.json("PUT", "/api/v1/devices/lap-2/case", analyst,
                "{\"state\": \"investigating\", \"assignee\": \"kim\", \"note\": \"called the manager\"}"), 200);
        JsonNode fp = api.ok(api.json("PUT", "/api/v1/devices/lap-2/case", analyst,
                "{\"state\": \"false_positive\", \"reason\": \"lab KVM, ticket SEC-42\"}"), 200);
        assertThat(fp.get("state").asText()).isEqualTo("false_positive");
        assertThat(fp.get("updatedBy").asText()).startsWith("triage desk (tok_");
        JsonNode read = api.ok(api.get("/api/v1/devices/lap-2/case", viewer), 200);
        assertThat(read.get("reason").asText()).isEqualTo("lab KVM, ticket SEC-42");
        assertThat(read.get("assignee").isNull()).as("PUT replaces the case").isTrue();
        assertThat(read.get("history")).hasSize(2);
        assertThat(read.get("history").get(0).get("state").asText()).isEqualTo("investigating");
        assertThat(read.get("history").get(0).get("assignee").asText()).isEqualTo("kim");
        assertThat(read.get("history").get(1).get("state").asText()).isEqualTo("false_positive");
    }

    @Test
    void caseChangesAreValidated() throws Exception {
        String path = "/api/v1/devices/lap-4/case";
        assertError(api.json("PUT", path, analyst, "{\"state\": \"false_positive\"}"), 400, "parameter 'reason'");
        assertError(api.json("PUT", path, analyst, "{\"state\": \"false_positive\", \"reason\": \"  \"}"), 400,
                "parameter 'reason'");
        assertError(api.json("PUT", path, analyst, "{\"state\": \"closed\"}"), 400, "parameter 'state'");
        assertError(api.json("PUT", path, analyst, "{}"), 400, "parameter 'state'");
        assertError(api.json("PUT", path, analyst, "{\"state\": 3}"), 400, "parameter 'state'");
        assertError(api.json("PUT", path, analyst, "{\"state\": \"resolved\", \"owner\": \"x\"}"), 400,
                "parameter 'owner'");
        assertError(api.json("PUT", path, analyst, "{\"state\": \"resolved\", \"note\": \"" + "n".repeat(4001)
                + "\"}"), 400, "parameter 'note'");
        assertError(api.json("PUT", path, analyst, "{\"state\": \"resolved\", \"assignee\": \"" + "a".repeat(201)
                + "\"}"), 400, "parameter 'assignee'");
        assertError(api.json("PUT", path, analyst, "[1]"), 400, "JSON object");
        assertError(api.send("PUT", path, analyst, "text/plain", "resolved"), 415, "application/json");
        assertError(api.json("PUT", "/api/v1/devices/nope/case", analyst, "{\"state\": \"resolved\"}"), 404,
                "device 'nope'");
        assertError(api.get("/api/v1/devices/nope/case", viewer), 404, "device 'nope'");
        assertError(api.get(path + "?verbose=1", viewer), 400, "parameter 'verbose'");
        assertThat(api.ok(api.get(path, viewer), 200).get("history")).isEmpty();
    }

    @Test
    void casesArePagedByCursor() throws Exception {
        api.ok(api.json("PUT", "/api/v1/devices/lap-5/case", analyst, "{\"state\": \"resolved\", \"assignee\": \"lee\"}"), 200);
        api.ok(api.json("PUT", "/api/v1/devices/lap-3/case", analyst, "{\"state\": \"acknowledged\"}"), 200);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.ok(api.get("/api/v1/cases?limit=1" + (cursor == null ? "" : "&cursor=" + cursor),
                    viewer), 200);
            assertThat(page.get("items")).hasSizeLessThanOrEqualTo(1);
            page.get("items").forEach(i -> seen.add(i.get("deviceId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).contains("lap-3", "lap-5").isSorted().doesNotHaveDuplicates();
        JsonNode resolved = api.ok(api.get("/api/v1/cases?state=resolved&assignee=lee", viewer), 200);
        assertThat(resolved.get("items")).extracting(i -> i.get("deviceId").asText()).containsExactly("lap-5");
        assertError(api.get("/api/v1/cases?state=open", viewer), 400, "parameter 'state'");
        assertError(api.get("/api/v1/cases?limit=0", viewer), 400, "parameter 'limit'");
        assertError(api.get("/api/v1/cases?limit=501", viewer), 400, "parameter 'limit'");
        assertError(api.get("/api/v1/cases?cursor=bm90LWEtY3Vyc29yCnR3bw", viewer), 400, "parameter 'cursor'");
        assertError(api.get("/api/v1/cases?sort=risk", viewer), 400, "parameter 'sort'");
        assertError(api.get("/api/v1/cases?assignee=a&assignee=b", viewer), 400, "parameter 'assignee'");
    }

    @Test
    void aSuppressedDecisiveFindingStaysListedMarkedAndTheVerdictDrops() throws Exception {
        JsonNode before = api.ok(api.get("/api/v1/devices/lap-1", viewer), 200);
        assertThat(before.get("verdict").asText()).isEqualTo("laptop_farm");
        JsonNode created = api.ok(api.json("POST", "/api/v1/suppressions", analyst,
                "{\"rule\": \"ip_kvm.usb_identity\", \"deviceId\": \"lap-1\", \"expiresAt\": \"2999-01-01T00:00:00Z\", "
                        + "\"reason\": \"lab KVM, ticket SEC-42\"}"), 201);
        String id = created.get("id").asText();
        assertThat(created.get("status").asText()).isEqualTo("active");
        assertThat(created.get("createdBy").asText()).startsWith("triage desk");

        JsonNode after = api.ok(api.get("/api/v1/devices/lap-1", viewer), 200);
        assertThat(after.get("verdict").asText()).isEqualTo("review");
        assertThat(after.get("risk").asInt()).isEqualTo(50);
        JsonNode kvm = findingOf(after, "ip_kvm.usb_identity");
        assertThat(kvm.get("suppressed").get("id").asText()).isEqualTo(id);
        assertThat(kvm.get("suppressed").get("reason").asText()).isEqualTo("lab KVM, ticket SEC-42");
        assertThat(kvm.get("suppressed").get("until").asText()).isEqualTo("2999-01-01T00:00:00Z");
        assertThat(findingOf(after, "colocation.shared_public_ip").get("suppressed").isNull()).isTrue();

        JsonNode listed = api.ok(api.get("/api/v1/suppressions?deviceId=lap-1", viewer), 200);
        assertThat(listed.get("items")).extracting(i -> i.get("id").asText()).contains(id);

        assertThat(api.send("DELETE", "/api/v1/suppressions/" + id, analyst, null, null).statusCode()).isEqualTo(204);
        assertThat(api.ok(api.get("/api/v1/devices/lap-1", viewer), 200).get("verdict").asText())
                .isEqualTo("laptop_farm");
        assertError(api.send("DELETE", "/api/v1/suppressions/" + id, analyst, null, null), 409, "removed already");
        assertError(api.send("DELETE", "/api/v1/suppressions/sup_nope", analyst, null, null), 404, "sup_nope");
        JsonNode removed = api.ok(api.get("/api/v1/suppressions?status=removed", viewer), 200);
        JsonNode mine = removed.get("items").get(0);
        assertThat(mine.get("id").asText()).isEqualTo(id);
        assertThat(mine.get("removedBy").asText()).startsWith("triage desk");
        assertThat(api.ok(api.get("/api/v1/suppressions", viewer), 200).get("items"))
                .noneMatch(i -> i.get("id").asText().equals(id));
    }

    private static JsonNode findingOf(JsonNode device, String rule) {
        for (JsonNode f : device.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + rule + " in " + device);
    }

    @Test
    void suppressionsAreValidated() throws Exception {
        String ok = "\"expiresAt\": \"2999-01-01T00:00:00Z\", \"reason\": \"r\"";
        assertError(post("{\"deviceId\": \"lap-2\", " + ok + "}"), 400, "parameter 'rule'");
        assertError(post("{\"rule\": \"nonsense\", \"deviceId\": \"lap-2\", " + ok + "}"), 400, "parameter 'rule'");
        assertError(post("{\"rule\": \"ip_kvm.usb_identity\", " + ok + "}"), 400, "parameter 'deviceId'");
        assertError(post("{\"rule\": \"ip_kvm.usb_identity\", \"deviceId\": \"lap-2\", \"network\": \"10.0.0.0/8\", "
                + ok + "}"), 400, "parameter 'network'");
        assertError(post("{\"rule\": \"ip_kvm.usb_identity\", \"network\": \"10.0.0.0/33\", " + ok + "}"), 400,
                "parameter 'network'");
        assertError(post("{\"rule\": \"ip_kvm.usb_identity\", \"network\": \"example.com\", " + ok + "}"), 400,
                "parameter 'network'");
        assertError(post("{\"rule\": \"ip_kvm.usb_identity\", \"deviceId\": \"lap-2\", \"reason\": \"r\"}"), 400,
                "parameter 'expiresAt'");
        assertError(post("{\"rule\": \"ip_kvm.usb_identity\", \"deviceId\": \"lap-2\", \"reason\": \"r\", "
                + "\"expiresAt\": \"2001-01-01T00:00:00Z\"}"), 400, "parameter 'expiresAt'");
        assertError(post("{\"rule\": \"ip_kvm.usb_identity\", \"deviceId\": \"lap-2\", \"reason\": \"r\", "
                + "\"expiresAt\": \"tomorrow\"}"), 400, "parameter 'expiresAt'");
        assertError(post("{\"rule\": \"ip_kvm.usb_identity\", \"deviceId\": \"lap-2\", "
                + "\"expiresAt\": \"2999-01-01T00:00:00Z\"}"), 400, "parameter 'reason'");
        assertError(post("{\"rule\": \"ip_kvm.usb_identity\", \"deviceId\": \"lap-2\", \"until\": 1, " + ok + "}"),
                400, "parameter 'until'");
        assertError(post("{\"rule\": \"ip_kvm.usb_identity\", \"deviceId\": \"nope\", " + ok + "}"), 404,
                "device 'nope'");
        assertError(api.get("/api/v1/suppressions?status=old", viewer), 400, "parameter 'status'");
        assertError(api.get("/api/v1/suppressions?limit=x", viewer), 400, "parameter 'limit'");
        assertError(api.get("/api/v1/suppressions?cursor=eA", viewer), 400, "parameter 'cursor'");
        assertError(api.get("/api/v1/suppressions?device=lap-1", viewer), 400, "parameter 'device'");
        JsonNode net = api.ok(post("{\"rule\": \"colocation.shared_public_ip\", \"network\": \"192.0.2.77/24\", "
                + "\"expiresAt\": \"2999-01-01T00:00:00Z\", \"reason\": \"office NAT\"}"), 201);
        assertThat(net.get("network").asText()).isEqualTo("192.0.2.0/24");
        assertThat(net.get("deviceId").isNull()).isTrue();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return api.json("POST", "/api/v1/suppressions", analyst, body);
    }
}
