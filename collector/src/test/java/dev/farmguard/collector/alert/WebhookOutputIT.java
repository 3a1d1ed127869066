package dev.farmguard.collector.alert;

import static dev.farmguard.collector.alert.AlertTestKit.T0;
import static dev.farmguard.collector.alert.AlertTestKit.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.config.AlertOutputConfig;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The webhook output against a local HTTPS receiver trusting the collector's CA code. */
class WebhookOutputIT {

    private static final String SECRET = "0123456789abcdef-webhook-secret";

    @TempDir
    Path dir;
    private TestTls tls;
    private WebhookReceiver receiver;
    private Path secretFile;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void receiver() throws Exception {
        tls = new TestTls(dir);
        receiver = new WebhookReceiver(tls);
        secretFile = dir.resolve("webhook.secret");
        Files.writeString(secretFile, SECRET + "\n");
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private AlertOutputConfig webhook(Duration timeout) {
        return new AlertOutputConfig.Webhook("soc", receiver.url(), Optional.of(tls.caPem()),
                new AlertOutputConfig.SecretSource(Optional.of(secretFile), Optional.empty()), timeout);
    }

    private Store store() {
        return StoreFactory.sqlite(dir.resolve("farmguard.db"));
    }

    @Test
    void aFailedPostIsRetriedUntilTheReceiverTakesItAndEveryAttemptIsSigned() throws Exception {
        receiver.answer(500);
        try (Store store = AlertTestKit.withDevice(store(), "dev-1");
             Alerts alerts = Alerts.start(AlertTestKit.config(webhook(Duration.ofSeconds(10))), store, registry,
                     Clock.systemUTC())) {
            store.saveAssessment(AlertTestKit.farm("dev-1", T0));
            await("the retry to be delivered", () -> receiver.received().size() == 2
                    && store.alertOutbox().depth("soc") == 0);
        }
        assertThat(receiver.received()).hasSize(2);
        for (WebhookReceiver.Received r : receiver.received()) {
            assertThat(r.header("X-Farmguard-Signature")).isEqualTo("sha256=" + hmac(r.body()));
            assertThat(Long.parseLong(r.header("X-Farmguard-Timestamp"))).isPositive();
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
        }
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
        JsonNode event = new ObjectMapper().readTree(receiver.received().get(1).body());
        assertThat(event.path("event").path("id").asText())
                .isEqualTo(receiver.received().get(1).header("X-Farmguard-Event-Id"));
        assertThat(event.path("farmguard").path("verdict").asText()).isEqualTo("laptop_farm");
        assertThat(event.path("farmguard").path("previous_verdict").asText()).isEqualTo("ok");
        assertThat(event.path("host").path("hostname").asText()).isEqualTo("dev-1-host");
        assertThat(event.path("user").path("email").asText()).isEqualTo("dev-1@example.com");
        assertThat(counter("farmguard.alerts.delivered")).isEqualTo(1.0);
        assertThat(counter("farmguard.alerts.retried")).isEqualTo(1.0);
        assertThat(counter("farmguard.alerts.failed")).isZero();
    }

    @Test
    void aClientErrorIsAPermanentFailureWhileTooManyRequestsIsRetried() {
        receiver.answer(429, 422);
        try (Store store = AlertTestKit.withDevice(store(), "dev-1");
             Alerts alerts = Alerts.start(AlertTestKit.config(webhook(Duration.ofSeconds(10))), store, registry,
                     Clock.systemUTC())) {
            store.saveAssessment(AlertTestKit.farm("dev-1", T0));
            await("the refusal to be counted", () -> counter("farmguard.alerts.failed") == 1.0
                    && store.alertOutbox().depth("soc") == 0);
        }
        assertThat(receiver.received()).hasSize(2);
        assertThat(counter("farmguard.alerts.retried")).isEqualTo(1.0);
        assertThat(counter("farmguard.alerts.delivered")).isZero();
    }

    @Test
    void anEventWaitingForItsRetryIsDeliveredOnceAfterARestart() throws Exception {
        receiver.answer(503);
        // a long first backoff: the collector stops while the event waits for its retry
        var slowRetry = AlertTestKit.config(webhook(Duration.ofSeconds(10)));
        slowRetry = new dev.farmguard.collector.config.AlertsConfig(slowRetry.collectorId(), slowRetry.outboxLimit(),
                slowRetry.pollInterval(), Duration.ofMillis(1500), Duration.ofSeconds(2), slowRetry.lease(),
                slowRetry.topFindings(), slowRetry.outputs());
        try (Store store = AlertTestKit.withDevice(store(), "dev-1");
             Alerts alerts = Alerts.start(slowRetry, store, registry, Clock.systemUTC())) {
            store.saveAssessment(AlertTestKit.farm("dev-1", T0));
            await("the first attempt", () -> counter("farmguard.alerts.retried") == 1.0);
            assertThat(store.alertOutbox().depth("soc")).isEqualTo(1);
        }
        assertThat(receiver.received()).hasSize(1);

        SimpleMeterRegistry afterRestart = new SimpleMeterRegistry();
        try (Store store = store();
             Alerts alerts = Alerts.start(slowRetry, store, afterRestart, Clock.systemUTC())) {
            assertThat(store.alertOutbox().depth("soc")).isEqualTo(1);
            await("delivery after the restart", () -> store.alertOutbox().depth("soc") == 0);
        }
        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
        assertThat(afterRestart.get("farmguard.alerts.delivered").counter().count()).isEqualTo(1.0);
    }

    private double counter(String name) {
        return registry.get(name).tag("output", "soc").counter().count();
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
