package dev.farmguard.collector.alert;

import static dev.farmguard.collector.alert.AlertTestKit.T0;
import static dev.farmguard.collector.alert.AlertTestKit.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.config.AlertOutputConfig;
import dev.farmguard.collector.config.AlertsConfig;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two collectors' dispatchers on one PostgreSQL database: every event reaches the webhook exactly once. */
class AlertsPostgresIT {

    private static final int DEVICES = 60;

    @TempDir
    Path dir;

    @Test
    void twoDispatchersOnOneDatabaseSendEachEventOnce() throws Exception {
        TestTls tls = new TestTls(dir);
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "a-long-enough-webhook-secret");
        List<String> devices = IntStream.range(0, DEVICES).mapToObj(i -> String.format("dev-%03d", i)).toList();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             WebhookReceiver receiver = new WebhookReceiver(tls)) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE farmguard_alerts");
            }
            String url = postgres.getJdbcUrl("postgres", "farmguard_alerts");
            // some 5xx answers on the way, so retries are claimed by either collector too
            receiver.answer(500, 503, 500);
            AlertOutputConfig webhook = new AlertOutputConfig.Webhook("soc", receiver.url(), Optional.of(tls.caPem()),
                    new AlertOutputConfig.SecretSource(Optional.of(secret), Optional.empty()), Duration.ofSeconds(10));
            AlertsConfig config = AlertTestKit.config(webhook);
            SimpleMeterRegistry first = new SimpleMeterRegistry();
            SimpleMeterRegistry second = new SimpleMeterRegistry();
            try (Store a = StoreFactory.postgres(url, "postgres", null);
                 Store b = StoreFactory.postgres(url, "postgres", null)) {
                AlertTestKit.withDevice(a, devices.toArray(String[]::new));
                try (Alerts one = Alerts.start(config, a, first, Clock.systemUTC());
                     Alerts two = Alerts.start(config, b, second, Clock.systemUTC())) {
                    // both collectors save assessments, as device rules run wherever a device's snapshots arrive
                    for (int i = 0; i < DEVICES; i++) {
                        (i % 2 == 0 ? a : b).saveAssessment(AlertTestKit.farm(devices.get(i), T0.plusSeconds(i)));
                    }
                    await("every event delivered", () -> a.alertOutbox().depth("soc") == 0
                            && delivered(first) + delivered(second) == DEVICES);
                }
            }
            ObjectMapper json = new ObjectMapper();
            Set<String> deliveredIds = new HashSet<>();
            int accepted = 0;
            for (int i = 3; i < receiver.received().size(); i++) {
                deliveredIds.add(json.readTree(receiver.received().get(i).body()).path("event").path("id").asText());
                accepted++;
            }
            assertThat(receiver.received()).hasSize(DEVICES + 3);
            assertThat(accepted).isEqualTo(DEVICES);
            assertThat(deliveredIds).hasSize(DEVICES);
            assertThat(delivered(first) + delivered(second)).isEqualTo(DEVICES);
            assertThat(delivered(first)).as("the first collector delivered some").isPositive();
            assertThat(delivered(second)).as("the second collector delivered some").isPositive();
        }
    }

    private static double delivered(SimpleMeterRegistry registry) {
        return registry.get("farmguard.alerts.delivered").tag("output", "soc").counter().count();
    }
}
