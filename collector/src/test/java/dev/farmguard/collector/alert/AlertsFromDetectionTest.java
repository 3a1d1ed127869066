package dev.farmguard.collector.alert;

import static dev.farmguard.collector.alert.AlertTestKit.await;
import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.GEO;
import static dev.farmguard.collector.detect.RuleFixtures.KEYBOARD;
import static dev.farmguard.collector.detect.RuleFixtures.PHOENIX;
import static dev.farmguard.collector.detect.RuleFixtures.STORAGE;
import static dev.farmguard.collector.detect.RuleFixtures.usb;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.config.AlertOutputConfig;
import dev.farmguard.collector.detect.engine.DetectionEngine;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Power;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.SnapshotBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events from the real detection engine: device and fleet rules, scoring, the store's transactions. */
class AlertsFromDetectionTest {

    private static final int FARM = 8;

    @TempDir
    Path dir;

    /** Eight KVM-driven laptops behind one router in Phoenix, held by eight New Yorkers. */
    private static Store farm(Path db) {
        Store store = StoreFactory.sqlite(db);
        List<RosterEntry> roster = new ArrayList<>();
        List<DeviceSnapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < FARM; i++) {
            roster.add(new RosterEntry("farm-" + i, "E-" + i, "Employee " + i, "e" + i + "@example.com", "US",
                    "New York", "New York", 40.71, -74.0, "America/New_York"));
            snapshots.addAll(SnapshotBuilder.laptop("farm-" + i).ip(PHOENIX).gateway("a0:40:a0:00:00:01")
                    .power(Power.Source.AC, Power.Lid.CLOSED).displays(false, null)
                    .usb(usb(0x046d, 0xc534, "Logitech", "USB Receiver", "", true, KEYBOARD, STORAGE))
                    .at(SnapshotBuilder.T0.plusSeconds(37L * i)).series(60, Duration.ofHours(1), (n, b) -> { }));
        }
        store.replaceRoster(roster);
        for (int i = 0; i < snapshots.size(); i += 100) {
            store.saveSnapshots(snapshots.subList(i, Math.min(snapshots.size(), i + 100)), SnapshotBuilder.T0);
        }
        return store;
    }

    @Test
    void aFarmRaisesOneVerdictEventPerLaptopAndOneClusterEvent() throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        AlertOutputConfig jsonl = new AlertOutputConfig.JsonLines("file", file, 1 << 24, 2);
        try (Store store = farm(dir.resolve("farmguard.db"));
             Alerts alerts = Alerts.start(AlertTestKit.config(jsonl), store, new SimpleMeterRegistry(),
                     Clock.systemUTC());
             DetectionEngine engine = DetectionEngine.create(store, CONFIG, CatalogLoader.loadBundled(), GEO,
                     List.of("fake"), false, new SimpleMeterRegistry())) {
            engine.runNow();
            await("the farm's events", () -> store.alertOutbox().depth("file") == 0 && lines(file).size() >= FARM + 1);
            int afterFirstRun = lines(file).size();
            engine.runNow();
            await("the second run's events (none)", () -> store.alertOutbox().depth("file") == 0);
            assertThat(lines(file)).hasSize(afterFirstRun);
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines(file)) {
            events.add(json.readTree(line));
        }
        List<JsonNode> clusters = events.stream()
                .filter(e -> e.path("event").path("action").asText().equals("farm-cluster-appeared")).toList();
        List<JsonNode> farmVerdicts = events.stream()
                .filter(e -> e.path("event").path("action").asText().equals("verdict-raised"))
                .filter(e -> e.path("farmguard").path("verdict").asText().equals("laptop_farm")).toList();
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).path("farmguard").path("cluster").path("employees_at_once").asInt())
                .isEqualTo(FARM);
        assertThat(farmVerdicts).extracting(e -> e.path("host").path("id").asText()).doesNotHaveDuplicates()
                .hasSize(FARM);
        JsonNode one = farmVerdicts.get(0);
        assertThat(one.path("user").path("email").asText()).endsWith("@example.com");
        assertThat(one.path("farmguard").path("findings").size()).isBetween(1, 5);
        assertThat(one.path("farmguard").path("families").size()).isPositive();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
