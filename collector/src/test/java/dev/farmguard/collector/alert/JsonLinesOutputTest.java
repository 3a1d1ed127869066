package dev.farmguard.collector.alert;

import static dev.farmguard.collector.alert.AlertTestKit.T0;
import static dev.farmguard.collector.alert.AlertTestKit.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.config.AlertOutputConfig;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesOutputTest {

    @TempDir
    Path dir;

    @Test
    void eachEventIsOneJsonLineInTheOrderTheEventsWereRaised() throws Exception {
        Path file = dir.resolve("out/alerts.jsonl");
        AlertOutputConfig jsonl = new AlertOutputConfig.JsonLines("shipper", file, 1 << 20, 3);
        try (Store store = AlertTestKit.withDevice(StoreFactory.sqlite(dir.resolve("farmguard.db")), "dev-1");
             Alerts alerts = Alerts.start(AlertTestKit.config(jsonl), store, new SimpleMeterRegistry(),
                     Clock.systemUTC())) {
            store.saveAssessment(AlertTestKit.assessment("dev-1", Verdict.REVIEW, 40, T0, AlertTestKit.remote()));
            await("the review event", () -> Files.exists(file) && lines(file).size() == 1);
            store.saveAssessment(AlertTestKit.farm("dev-1", T0.plusSeconds(60)));
            await("the farm event", () -> lines(file).size() == 2);
            // falling back to ok raises nothing
            store.saveAssessment(AlertTestKit.assessment("dev-1", Verdict.OK, 0, T0.plusSeconds(120)));
            store.saveAssessment(AlertTestKit.farm("dev-1", T0.plusSeconds(180)));
            await("the second farm event", () -> lines(file).size() == 3);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> lines = lines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.stream().map(l -> read(json, l, "previous_verdict") + ">" + read(json, l, "verdict")))
                .containsExactly("ok>review", "review>laptop_farm", "ok>laptop_farm");
        assertThat(json.readTree(lines.get(1)).path("@timestamp").asText()).isEqualTo("2026-03-02T15:05:05Z");
    }

    @Test
    void rotatesBySizeKeepingTheConfiguredNumberOfFiles() throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        String event = "{\"event\":{\"id\":\"x\"},\"pad\":\"" + "p".repeat(80) + "\"}";
        int lineBytes = event.length() + 1;
        try (JsonLinesOutput out = new JsonLinesOutput(new AlertOutputConfig.JsonLines("f", file, 2L * lineBytes, 2))) {
            for (int i = 0; i < 7; i++) {
                assertThat(out.send("e" + i, event).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
            }
        }
        // 7 lines, 2 per file: alerts.jsonl holds the 7th, .1 the 5th and 6th, .2 the 3rd and 4th; the rest is gone
        assertThat(lines(file)).hasSize(1);
        assertThat(lines(dir.resolve("alerts.jsonl.1"))).hasSize(2);
        assertThat(lines(dir.resolve("alerts.jsonl.2"))).hasSize(2);
        assertThat(dir.resolve("alerts.jsonl.3")).doesNotExist();
    }

    private static String read(ObjectMapper json, String line, String field) {
        try {
            return json.readTree(line).path("farmguard").path(field).asText();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
