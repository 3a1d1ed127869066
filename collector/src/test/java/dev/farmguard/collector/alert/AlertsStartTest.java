package dev.farmguard.collector.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.config.AlertOutputConfig;
import dev.farmguard.collector.config.AlertOutputConfig.SecretSource;
import dev.farmguard.collector.config.AlertsConfig;
import dev.farmguard.collector.config.ConfigException;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output mistakes found only when reading files stop the start, naming the key and never showing the secret. */
class AlertsStartTest {

    @TempDir
    Path dir;

    private AlertsConfig webhook(SecretSource secret, Optional<Path> ca) {
        return AlertTestKit.config(new AlertOutputConfig.Webhook("soc", URI.create("https://127.0.0.1:1/hook"), ca,
                secret, Duration.ofSeconds(5)));
    }

    private void start(AlertsConfig config) {
        try (Store store = StoreFactory.sqlite(dir.resolve("farmguard.db"));
             Alerts alerts = Alerts.start(config, store, new SimpleMeterRegistry(), Clock.systemUTC())) {
            assertThat(alerts).isNotNull();
        }
    }

    @Test
    void aMissingSecretFileNamesItsKey() {
        SecretSource missing = new SecretSource(Optional.of(dir.resolve("nope")), Optional.empty());
        assertThatThrownBy(() -> start(webhook(missing, Optional.empty()))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("alerts.outputs[soc].secret-file: cannot read the secret from file");
    }

    @Test
    void aShortSecretIsRefusedWithoutShowingIt() throws Exception {
        Path file = dir.resolve("short.secret");
        Files.writeString(file, "hunter2");
        SecretSource shortOne = new SecretSource(Optional.of(file), Optional.empty());
        assertThatThrownBy(() -> start(webhook(shortOne, Optional.empty())))
                .hasMessageContaining("shorter than 16 characters").hasMessageNotContaining("hunter2");
    }

    @Test
    void anUnsetEnvironmentVariableAndABadCaFileAreNamed() throws Exception {
        SecretSource env = new SecretSource(Optional.empty(), Optional.of("FARMGUARD_TEST_SURELY_UNSET_42"));
        assertThatThrownBy(() -> start(webhook(env, Optional.empty())))
                .hasMessageStartingWith("alerts.outputs[soc].secret-env: environment variable "
                        + "FARMGUARD_TEST_SURELY_UNSET_42 is not set");
        Path secret = dir.resolve("ok.secret");
        Files.writeString(secret, "a-long-enough-webhook-secret");
        Path notPem = dir.resolve("ca.pem");
        Files.writeString(notPem, "not a certificate");
        assertThatThrownBy(() -> start(webhook(new SecretSource(Optional.of(secret), Optional.empty()),
                Optional.of(notPem)))).hasMessageStartingWith("alerts.outputs[soc].ca-file: cannot read CA");
    }

    @Test
    void withoutOutputsNothingIsWritten() {
        try (Store store = AlertTestKit.withDevice(StoreFactory.sqlite(dir.resolve("farmguard.db")), "dev-1");
             Alerts alerts = Alerts.start(AlertsConfig.NONE, store, new SimpleMeterRegistry(), Clock.systemUTC())) {
            store.saveAssessment(AlertTestKit.farm("dev-1", AlertTestKit.T0));
            assertThat(store.alertOutbox().depth("soc")).isZero();
        }
    }
}
