package dev.farmguard.collector.api;

import static dev.farmguard.collector.api.ApiClientForTests.JSON;
import static dev.farmguard.collector.api.ApiClientForTests.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.TestSnapshots;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/audit over the real HTTPS API: what each change and query leaves in the log, filters, exports. */
class AuditApiIT {

    @TempDir
    static Path dir;

    private static Collector collector;
    private static ApiClientForTests api;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        collector = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5));
        api = new ApiClientForTests(dir.resolve("ca.pem"), collector.apiAddress().port());
        admin = Files.readString(dir.resolve("admin.token")).trim();
        collector.store().saveSnapshots(List.of(TestSnapshots.minimal("lap-1", 1, TestSnapshots.T0),
                TestSnapshots.minimal("lap-2", 1, TestSnapshots.T0)), TestSnapshots.T0);
    }

    @AfterAll
    static void stop() {
        collector.close();
    }

    /** A new token of {@code role}: its id and secret. */
    private static String[] token(String role, String name) throws Exception {
        JsonNode t = api.ok(api.json("POST", "/api/v1/tokens", admin,
                JSON.writeValueAsString(java.util.Map.of("role", role, "name", name))), 201);
        return new String[] {t.get("id").asText(), t.get("token").asText()};
    }

    private static List<JsonNode> audit(String query) throws Exception {
        JsonNode page = api.ok(api.get("/api/v1/audit?" + query, admin), 200);
        List<JsonNode> out = new ArrayList<>();
        page.get("items").forEach(out::add);
        return out;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void queriesAreRecordedWithWhoWhatWhenAndWhereAndSecretsRedacted() throws Exception {
        String[] viewer = token("viewer", "wallboard");
        Instant before = Instant.now().minusSeconds(1);
        // a secret pasted into a query string: refused (an unknown parameter), recorded, and redacted in the record
        assertError(api.get("/api/v1/devices/lap-1/history?limit=5&token=fg_leaked", viewer[1]), 400, "token");
        List<JsonNode> mine = audit("actor=" + viewer[0]);
        assertThat(mine).hasSize(1);
        JsonNode e = mine.get(0);
        assertThat(e.get("actorId").asText()).isEqualTo(viewer[0]);
        assertThat(e.get("actorName").asText()).isEqualTo("wallboard");
        assertThat(e.get("role").asText()).isEqualTo("viewer");
        assertThat(e.get("action").asText()).isEqualTo("query");
        assertThat(e.get("method").asText()).isEqualTo("GET");
        assertThat(e.get("route").asText()).isEqualTo("/api/v1/devices/{id}/history");
        assertThat(e.get("path").asText()).isEqualTo("/api/v1/devices/lap-1/history");
        assertThat(e.get("clientIp").asText()).isEqualTo("127.0.0.1");
        assertThat(e.get("status").asInt()).isEqualTo(400);
        assertThat(Instant.parse(e.get("at").asText())).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        JsonNode params = JSON.readTree(e.get("parameters").asText());
        assertThat(params.get("id").asText()).isEqualTo("lap-1");
        assertThat(params.get("limit").get(0).asText()).isEqualTo("5");
        assertThat(params.get("token").get(0).asText()).isEqualTo("[redacted]");
        assertThat(e.toString()).doesNotContain("fg_leaked");
        // a query that succeeds is recorded with its status
        api.ok(api.get("/api/v1/devices/lap-1/history?limit=5", viewer[1]), 200);
        assertThat(audit("actor=" + viewer[0]).get(0).get("status").asInt()).isEqualTo(200);
        // the name works as the actor filter too
        assertThat(audit("actor=wallboard")).hasSize(2);
    }

    @Test
    void changesAreRecordedOnlyWhenTheyHappen() throws Exception {
        String[] analyst = token("analyst", "desk");
        api.ok(api.json("PUT", "/api/v1/devices/lap-2/case", analyst[1],
                "{\"state\": \"false_positive\", \"reason\": \"lab KVM\"}"), 200);
        assertError(api.json("PUT", "/api/v1/devices/lap-2/case", analyst[1], "{\"state\": \"false_positive\"}"),
                400, "reason");
        assertError(api.json("PUT", "/api/v1/devices/nope/case", analyst[1], "{\"state\": \"resolved\"}"), 404,
                "nope");
        List<JsonNode> changes = audit("actor=" + analyst[0] + "&action=case.set");
        assertThat(changes).hasSize(1);
        JsonNode e = changes.get(0);
        assertThat(e.get("method").asText()).isEqualTo("PUT");
        assertThat(e.get("route").asText()).isEqualTo("/api/v1/devices/{id}/case");
        assertThat(e.get("status").isNull()).as("written in the change's transaction").isTrue();
        JsonNode body = JSON.readTree(e.get("parameters").asText()).get("body");
        assertThat(body.get("state").asText()).isEqualTo("false_positive");
        assertThat(body.get("reason").asText()).isEqualTo("lab KVM");
        assertThat(audit("actor=" + analyst[0])).hasSize(1);
        // an unknown id is refused before anything is written: no "token.revoke" claims it happened
        int revokes = audit("action=token.revoke&limit=500").size();
        assertError(api.send("DELETE", "/api/v1/tokens/tok_nope", admin, null, null), 404, "tok_nope");
        assertError(api.send("DELETE", "/api/v1/enrollment-tokens/enr_nope", admin, null, null), 404, "enr_nope");
        assertThat(audit("action=token.revoke&limit=500")).hasSize(revokes);
        assertThat(audit("action=enrollment_token.revoke")).isEmpty();
    }

    @Test
    void adminChangesAreRecordedWithoutTheirSecrets() throws Exception {
        String[] other = token("viewer", "to revoke");
        api.ok(api.send("DELETE", "/api/v1/tokens/" + other[0], admin, null, null), 204);
        JsonNode enrollment = api.ok(api.json("POST", "/api/v1/enrollment-tokens", admin,
                "{\"note\": \"wave 3\", \"maxUses\": 5}"), 201);
        api.ok(api.send("POST", "/api/v1/roster", admin, "text/csv", "device_id,employee_id\nlap-1,EMP-XYZZY\n"), 200);
        api.ok(api.send("POST", "/api/v1/devices/lap-1/revoke", admin, null, null), 200);
        api.ok(api.send("POST", "/api/v1/detection/run", admin, null, null), 200);
        String all = api.get("/api/v1/audit?limit=500", admin).body();
        for (String action : List.of("token.create", "token.revoke", "enrollment_token.create", "roster.import",
                "device.revoke", "detection.run")) {
            assertThat(audit("action=" + action)).as(action).isNotEmpty();
        }
        assertThat(all).doesNotContain(other[1]).doesNotContain(enrollment.get("token").asText());
        JsonNode roster = JSON.readTree(audit("action=roster.import").get(0).get("parameters").asText());
        assertThat(roster.get("body").get("contentType").asText()).isEqualTo("text/csv");
        assertThat(roster.get("body").get("bytes").asInt()).isEqualTo(38);
        assertThat(all).doesNotContain("XYZZY");
    }

    @Test
    void refusalsAreRecordedAndOnlyAdminsReadTheLog() throws Exception {
        String[] viewer = token("viewer", "curious");
        assertError(api.json("PUT", "/api/v1/devices/lap-1/case", viewer[1], "{\"state\": \"resolved\"}"), 403,
                "needs analyst");
        assertError(api.get("/api/v1/audit", viewer[1]), 403, "needs admin");
        List<JsonNode> denied = audit("actor=" + viewer[0] + "&action=denied");
        assertThat(denied).hasSize(2);
        assertThat(denied).allSatisfy(e -> assertThat(e.get("status").asInt()).isEqualTo(403));
        assertThat(denied.get(1).get("route").asText()).isEqualTo("/api/v1/devices/{id}/case");
    }

    @Test
    void pagesFiltersAndBadParameters() throws Exception {
        String[] viewer = token("viewer", "pager");
        for (int i = 0; i < 5; i++) {
            api.ok(api.get("/api/v1/roster", viewer[1]), 200);
        }
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.ok(api.get("/api/v1/audit?actor=" + viewer[0] + "&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), admin), 200);
            page.get("items").forEach(e -> ids.add(e.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        List<JsonNode> newest = audit("actor=" + viewer[0]);
        Instant middle = Instant.parse(newest.get(2).get("at").asText());
        assertThat(audit("actor=" + viewer[0] + "&until=" + q(middle.toString()))).hasSizeLessThanOrEqualTo(2);
        assertThat(audit("actor=" + viewer[0] + "&since=" + q(middle.toString()))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(audit("actor=" + viewer[0] + "&since=2999-01-01T00:00:00Z")).isEmpty();
        assertError(api.get("/api/v1/audit?since=yesterday", admin), 400, "parameter 'since'");
        assertError(api.get("/api/v1/audit?until=3", admin), 400, "parameter 'until'");
        assertError(api.get("/api/v1/audit?since=2027-01-02T00:00:00Z&until=2027-01-01T00:00:00Z", admin), 400,
                "parameter 'since'");
        assertError(api.get("/api/v1/audit?format=xml", admin), 400, "parameter 'format'");
        assertError(api.get("/api/v1/audit?limit=501", admin), 400, "parameter 'limit'");
        assertError(api.get("/api/v1/audit?format=csv&limit=10001", admin), 400, "parameter 'limit'");
        assertError(api.get("/api/v1/audit?cursor=!!", admin), 400, "parameter 'cursor'");
        assertError(api.get("/api/v1/audit?who=me", admin), 400, "parameter 'who'");
    }

    @Test
    void exportsAsCsvAndJsonLinesNeutraliseWhatCameFromOutside() throws Exception {
        String[] evil = token("viewer", "=HYPERLINK(\"http://x\")\nforged line");
        api.ok(api.get("/api/v1/roster", evil[1]), 200);
        api.ok(api.get("/api/v1/roster", evil[1]), 200);
        HttpResponse<String> csv = api.get("/api/v1/audit?format=csv&actor=" + evil[0], admin);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("id,at,actor_id,actor_name,role,action,method,route,path,parameters,client_ip,status");
        assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"http://x\"\")\\nforged line\",viewer,query,GET,");
        HttpResponse<String> limited = api.get("/api/v1/audit?format=csv&limit=1&actor=" + evil[0], admin);
        assertThat(limited.body().split("\r\n")).hasSize(2);
        String next = limited.headers().firstValue("x-next-cursor").orElseThrow();
        assertThat(api.get("/api/v1/audit?format=csv&limit=1&actor=" + evil[0] + "&cursor=" + next, admin).body()
                .split("\r\n")).hasSize(2);

        HttpResponse<String> jsonl = api.get("/api/v1/audit?format=jsonl&actor=" + evil[0], admin);
        assertThat(jsonl.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("ndjson"));
        String[] rows = jsonl.body().split("\n");
        assertThat(rows).hasSize(2);
        JsonNode row = JSON.readTree(rows[0]);
        assertThat(row.get("actorName").asText()).isEqualTo("=HYPERLINK(\"http://x\")\\nforged line");
        assertThat(row.get("action").asText()).isEqualTo("query");
    }
}
