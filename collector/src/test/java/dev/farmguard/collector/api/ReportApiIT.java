package dev.farmguard.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.cli.CollectorMain;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.SnapshotBuilder;
import dev.farmguard.collector.testing.Tls;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fleet reports over the API (issue 11): GET /api/v1/reports/{kind} answers each format as a file without moving the
 * scheduled reports' baseline, refuses bad parameters naming them, and {@code report --server} saves the files.
 */
class ReportApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Collector collector;
    private static HttpClient http;
    private static String base;
    private static Path viewerTokenFile;
    private static String viewer;

    @BeforeAll
    static void start() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        collector = RunningCollector.start(data, List.of(), Duration.ofSeconds(5));
        http = HttpClient.newBuilder().sslContext(Tls.trusting(data.resolve("ca.pem")))
                .connectTimeout(Duration.ofSeconds(5)).build();
        base = "https://127.0.0.1:" + collector.apiAddress().port();
        collector.store().saveSnapshots(List.of(SnapshotBuilder.laptop("lap-1").ip("203.0.113.5").build(),
                SnapshotBuilder.laptop("lap-2").ip("203.0.113.6").build(),
                SnapshotBuilder.laptop("lap-3").ip("198.51.100.7").build()), SnapshotBuilder.T0);
        collector.store().saveAssessment(new Assessment("lap-2", 95, Verdict.LAPTOP_FARM, List.of(), SnapshotBuilder.T0,
                "farm"));
        String admin = Files.readString(data.resolve("admin.token")).trim();
        HttpResponse<byte[]> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\": \"viewer\", \"name\": \"reports\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(created.statusCode()).isEqualTo(201);
        viewer = JSON.readTree(created.body()).get("token").asText();
        viewerTokenFile = dir.resolve("viewer.token");
        Files.writeString(viewerTokenFile, viewer + "\n");
    }

    @AfterAll
    static void stop() {
        collector.close();
    }

    private static HttpResponse<byte[]> get(String pathAndQuery, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest
    @CsvSource({"html, text/html; charset=utf-8, <!DOCTYPE", "pdf, application/pdf, %PDF",
        "csv, text/csv; charset=utf-8, device_id", "json, application/json, {"})
    void eachFormatIsAnsweredAsAnAttachment(String format, String contentType, String start) throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/reports/daily-summary?format=" + format, viewer);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains(contentType);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"farmguard-daily-summary-\\d{8}T\\d{6}Z\\." + format + "\"");
        String head = new String(r.body(), 0, Math.min(r.body().length, 200), StandardCharsets.ISO_8859_1);
        assertThat(head).startsWithIgnoringCase(start);
        // fetching over the API is never recorded as the previous report: the scheduled trend keeps its baseline
        assertThat(collector.store().reports().history("daily-summary", 10)).isEmpty();
    }

    @Test
    void theJsonReportCountsTheFleet() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/reports/weekly-farm?format=json", viewer);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode counts = JSON.readTree(r.body()).get("counts");
        assertThat(counts.get("laptop_farm").asInt()).isEqualTo(1);
        assertThat(counts.get("devices").asInt()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/reports/monthly?format=pdf, kind", "/api/v1/reports/daily-summary?format=docx, format",
        "/api/v1/reports/daily-summary, format", "/api/v1/reports/daily-summary?format=pdf&since=x, since",
        "/api/v1/reports/daily-summary?format=pdf&format=csv, format"})
    void badParametersAreRefusedByName(String path, String parameter) throws Exception {
        HttpResponse<byte[]> r = get(path, viewer);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("parameter").asText()).isEqualTo(parameter);
    }

    @Test
    void aTokenIsRequired() throws Exception {
        assertThat(get("/api/v1/reports/daily-summary?format=csv", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/reports/daily-summary?format=csv", "fg_not_a_token").statusCode()).isEqualTo(401);
    }

    @Test
    void theCliFetchesEachFormatIntoTheDirectory() throws Exception {
        Path out = dir.resolve("fetched");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = cli(stdout, stderr, "report", "--server", base, "--ca", dir.resolve("data/ca.pem").toString(),
                "--token-file", viewerTokenFile.toString(), "--kind", "weekly-farm", "--format", "pdf,csv", "--out",
                out.toString());
        assertThat(code).as(stderr.toString()).isZero();
        List<Path> printed = stdout.toString().lines().map(Path::of).toList();
        assertThat(printed).hasSize(2).allMatch(p -> p.getParent().equals(out) && p.toFile().length() > 0);
        assertThat(printed.get(0).getFileName().toString()).startsWith("farmguard-weekly-farm-").endsWith(".pdf");
        assertThat(Files.readString(printed.get(1))).startsWith("device_id").contains("lap-2");
        assertThat(collector.store().reports().history("weekly-farm", 10)).isEmpty();
    }

    @Test
    void theCliFetchesFromTheCollectorSavedByLogin() throws Exception {
        Path config = dir.resolve("cli.yaml");
        StringWriter stderr = new StringWriter();
        assertThat(cli(new StringWriter(), stderr, "login", "--server", base, "--ca",
                dir.resolve("data/ca.pem").toString(), "--token-file", viewerTokenFile.toString(), "--config",
                config.toString())).as(stderr.toString()).isZero();
        Path out = dir.resolve("via-login");
        StringWriter stdout = new StringWriter();
        assertThat(cli(stdout, stderr, "report", "--api", "--cli-config", config.toString(), "--kind",
                "daily-summary", "--format", "html", "--out", out.toString())).as(stderr.toString()).isZero();
        Path html = Path.of(stdout.toString().strip());
        assertThat(html.getParent()).isEqualTo(out);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("lap-2");
        stderr = new StringWriter();
        assertThat(cli(new StringWriter(), stderr, "report", "--api", "--cli-config",
                dir.resolve("missing.yaml").toString(), "--kind", "daily-summary", "--format", "html", "--out",
                out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("no CLI configuration");
    }

    @Test
    void theCliWantsExactlyOneSourceAndReportsRefusals() throws Exception {
        StringWriter stderr = new StringWriter();
        String[] common = {"report", "--kind", "daily-summary", "--format", "csv", "--out", dir.resolve("x").toString()};
        assertThat(cli(new StringWriter(), stderr, common)).isEqualTo(2);
        assertThat(stderr.toString()).contains("--data").contains("--server");
        stderr = new StringWriter();
        assertThat(cli(new StringWriter(), stderr, concat(common, "--data", dir.resolve("data").toString(), "--server",
                base, "--ca", dir.resolve("data/ca.pem").toString(), "--token-file", viewerTokenFile.toString())))
                .isEqualTo(2);
        assertThat(stderr.toString()).contains("mutually exclusive");
        Path wrong = dir.resolve("wrong.token");
        Files.writeString(wrong, "fg_wrong\n");
        stderr = new StringWriter();
        assertThat(cli(new StringWriter(), stderr, concat(common, "--server", base, "--ca",
                dir.resolve("data/ca.pem").toString(), "--token-file", wrong.toString()))).isEqualTo(1);
        assertThat(stderr.toString()).contains("401");
    }

    private static int cli(StringWriter out, StringWriter err, String... args) {
        return CollectorMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
