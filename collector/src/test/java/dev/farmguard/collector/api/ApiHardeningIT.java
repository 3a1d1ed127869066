package dev.farmguard.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.testing.CapturedLogs;
import dev.farmguard.collector.testing.RawHttps;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input answered with the right 4xx (never a 500 or a dropped connection), HSTS on every answer, and
 * malformed requests logged within a budget and without stack traces.
 */
class ApiHardeningIT {

    @TempDir
    static Path dir;

    private static Collector collector;
    private static HttpClient http;
    private static String base;
    private static String admin;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        collector = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5));
        http = HttpClient.newBuilder().sslContext(Tls.trusting(dir.resolve("ca.pem")))
                .connectTimeout(Duration.ofSeconds(5)).build();
        base = "https://127.0.0.1:" + collector.apiAddress().port();
        admin = Files.readString(dir.resolve("admin.token")).trim();
        collector.store().saveSnapshots(List.of(TestSnapshots.minimal("lap-1", 1, TestSnapshots.T0)), TestSnapshots.T0);
    }

    @AfterAll
    static void stop() {
        collector.close();
    }

    private static HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + admin)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(int status, String text, int actualStatus, String body) throws Exception {
        assertThat(actualStatus).as(body).isEqualTo(status);
        JsonNode error = JSON.readTree(body);
        assertThat(error.get("error").asText()).contains(text);
    }

    private static void assertError(HttpResponse<String> r, int status, String text) throws Exception {
        assertError(status, text, r.statusCode(), r.body());
    }

    private RawHttps raw() throws Exception {
        return RawHttps.connect(collector.apiAddress().toSocketAddress(), dir.resolve("ca.pem"));
    }

    @Test
    void everyAnswerCarriesHsts() throws Exception {
        for (HttpResponse<String> r : List.of(send("GET", "/api/v1/health", null, null),
                send("GET", "/api/v1/nothing", null, null), send("DELETE", "/api/v1/devices", null, null))) {
            assertThat(r.headers().firstValue("strict-transport-security")).as("status " + r.statusCode())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
        }
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/devices")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("strict-transport-security")).isPresent();
    }

    @Test
    void instantsOutsideTheStorableRangeAre400NamingTheParameter() throws Exception {
        assertError(send("GET", "/api/v1/devices/lap-1/history?from=%2B300000000-01-01T00:00:00Z", null, null), 400,
                "parameter 'from'");
        assertError(send("GET", "/api/v1/devices/lap-1/history?to=-300000000-01-01T00:00:00Z", null, null), 400,
                "parameter 'to'");
        assertError(send("POST", "/api/v1/tokens", "application/json",
                "{\"role\": \"analyst\", \"name\": \"n\", \"expiresAt\": \"+300000000-01-01T00:00:00Z\"}"), 400,
                "parameter 'expiresAt'");
        assertError(send("POST", "/api/v1/enrollment-tokens", "application/json",
                "{\"expiresAt\": \"+300000000-01-01T00:00:00Z\"}"), 400, "parameter 'expiresAt'");
    }

    @Test
    void apiTokensCreatedAlreadyExpiredAre400() throws Exception {
        assertError(send("POST", "/api/v1/tokens", "application/json",
                "{\"role\": \"analyst\", \"name\": \"n\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}"), 400,
                "parameter 'expiresAt'");
    }

    @Test
    void jsonRoutesRefuseOtherContentTypes() throws Exception {
        assertError(send("POST", "/api/v1/tokens", "text/plain", "{\"role\": \"analyst\", \"name\": \"n\"}"), 415,
                "application/json");
        assertError(send("POST", "/api/v1/tokens", null, "{\"role\": \"analyst\", \"name\": \"n\"}"), 415,
                "application/json");
        assertError(send("POST", "/api/v1/enrollment-tokens", "text/csv", "{}"), 415, "application/json");
        assertThat(send("POST", "/api/v1/tokens", "application/json; charset=utf-8",
                "{\"role\": \"analyst\", \"name\": \"n\"}").statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/enrollment-tokens", null, null).statusCode()).isEqualTo(201);
    }

    @Test
    void malformedEscapesAre400AndLoggedWithinABudgetWithoutStackTraces() throws Exception {
        try (CapturedLogs logs = new CapturedLogs(); RawHttps client = raw()) {
            for (int i = 0; i < 60; i++) {
                String target = i % 2 == 0 ? "/api/v1/devices/%zz" : "/api/v1/devices?limit=%G" + i;
                client.send("GET " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin + "\r\n\r\n");
                RawHttps.Response r = client.read();
                assertError(400, "escape", r.status(), r.body());
                assertThat(r.headers()).containsKey("strict-transport-security");
            }
            List<ILoggingEvent> api = logs.from("dev.farmguard.collector.api");
            assertThat(api).allSatisfy(e -> assertThat(e.getThrowableProxy()).as(e.getFormattedMessage()).isNull());
            assertThat(api.size()).isLessThanOrEqualTo(21);
        }
    }
}
