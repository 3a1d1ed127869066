package dev.farmguard.collector.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.agent.cli.AgentMain;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.Tls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 2's end-to-end proof: a collector on an ephemeral port with a temporary data directory, an
 * enrollment token created through the API, the real agent run once against it (enrolling, then over
 * mutual TLS), and this machine read back through the API with the hostname, logical CPU count and total
 * memory that /proc reports.
 */
class AgentToCollectorIT {

    @TempDir
    Path dir;

    @Test
    void theAgentReportsThisMachineAndTheApiShowsIt() throws Exception {
        try (Collector collector = RunningCollector.start(dir.resolve("collector"), List.of(), Duration.ofSeconds(5))) {
            HttpClient http = HttpClient.newBuilder().sslContext(Tls.trusting(dir.resolve("collector/ca.pem"))).build();
            String token = Files.readString(dir.resolve("collector/admin.token")).trim();
            String api = "https://127.0.0.1:" + collector.apiAddress().port() + "/api/v1";
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(api + "/enrollment-tokens"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"maxUses\": 1, \"note\": \"e2e\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String enrollToken = new ObjectMapper().readTree(created.body()).get("token").asText();

            int exit = new CommandLine(new AgentMain()).execute("run", "--once",
                    "--collector", "127.0.0.1:" + collector.agentAddress().port(),
                    "--ca", dir.resolve("collector/ca.pem").toString(),
                    "--state-dir", dir.resolve("agent").toString(), "--enroll-token", enrollToken);
            assertThat(exit).as("agent exit code").isZero();
            String base = api + "/devices";

            JsonNode devices = get(http, base, token).get("items");
            assertThat(devices).hasSize(1);
            JsonNode device = devices.get(0);
            String enrolled = Files.readString(dir.resolve("agent/device-id")).trim();
            assertThat(device.get("deviceId").asText()).isEqualTo(enrolled);
            assertThat(collector.store().enrollments().enrollment(enrolled)).isPresent()
                    .hasValueSatisfying(e -> assertThat(e.hostname()).isEqualTo(procHostnameUnchecked()));
            assertThat(get(http, api + "/enrollment-tokens", token).get(0).get("uses").asInt()).isEqualTo(1);
            assertThat(device.get("hostname").asText()).isEqualTo(procHostname());
            assertThat(device.get("verdict").asText()).isIn("ok", "review", "laptop_farm");

            JsonNode identity = get(http, base + "/" + device.get("deviceId").asText(), token)
                    .get("snapshot").get("identity");
            assertThat(identity.get("hostname").asText()).isEqualTo(procHostname());
            assertThat(identity.get("logicalCpus").asInt()).isEqualTo(procLogicalCpus());
            assertThat(identity.get("totalMemoryBytes").asLong()).isEqualTo(procMemTotalBytes());
        }
    }

    private static JsonNode get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static String procHostnameUnchecked() {
        try {
            return procHostname();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String procHostname() throws Exception {
        return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
    }

    private static long procLogicalCpus() throws Exception {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.matches("processor\\s*:.*")).count();
    }

    private static long procMemTotalBytes() throws Exception {
        String line = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal:")).findFirst().orElseThrow();
        return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
    }
}
