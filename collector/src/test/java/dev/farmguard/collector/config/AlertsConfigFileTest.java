package dev.farmguard.collector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsConfigFileTest {

    @TempDir
    Path dir;

    private AlertsConfig load(String yaml) throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, yaml);
        return ConfigFile.apply(file, CollectorConfig.defaults(dir)).alerts();
    }

    @Test
    void readsEveryOutputType() throws IOException {
        AlertsConfig a = load("""
                alerts:
                  collector-id: collector-east
                  outbox-limit: 500
                  retry-initial: 1s
                  retry-max: 1m
                  lease: 5m
                  outputs:
                    - name: soc
                      type: webhook
                      url: https://siem.example.com/hook
                      ca-file: /etc/ca.pem
                      secret-env: FG_WEBHOOK_SECRET
                      timeout: 5s
                    - name: syslog
                      type: syslog
                      protocol: udp
                      host: 192.0.2.5
                      facility: authpriv
                    - name: file
                      type: jsonl
                      path: /var/log/fg.jsonl
                      max-bytes: 1000000
                      keep: 2
                """);
        assertThat(a.collectorId()).isEqualTo("collector-east");
        assertThat(a.outboxLimit()).isEqualTo(500);
        assertThat(a.retryMax()).isEqualTo(Duration.ofMinutes(1));
        assertThat(a.outputs()).containsExactly(
                new AlertOutputConfig.Webhook("soc", URI.create("https://siem.example.com/hook"),
                        Optional.of(Path.of("/etc/ca.pem")), new AlertOutputConfig.SecretSource(Optional.empty(),
                        Optional.of("FG_WEBHOOK_SECRET")), Duration.ofSeconds(5)),
                new AlertOutputConfig.Syslog("syslog", AlertOutputConfig.SyslogProtocol.UDP, "192.0.2.5", 514,
                        Optional.empty(), 10, "farmguard", "farmguard@32473", 8192, Duration.ofSeconds(10)),
                new AlertOutputConfig.JsonLines("file", Path.of("/var/log/fg.jsonl"), 1_000_000, 2));
    }

    @Test
    void mistakesNameTheKey() {
        assertThatThrownBy(() -> load("alerts:\n  outputs:\n    - {name: a, type: webhook, url: http://x/y, "
                + "secret-env: S}\n")).hasMessageStartingWith("alerts.outputs[0].url: a webhook needs an https://");
        assertThatThrownBy(() -> load("alerts:\n  outputs:\n    - {name: a, type: webhook, url: https://x/y}\n"))
                .hasMessageContaining("exactly one of secret-file, secret-env");
        assertThatThrownBy(() -> load("alerts:\n  outputs:\n    - {name: a, type: jsonl, path: /x, host: h}\n"))
                .hasMessageStartingWith("alerts.outputs[0].host: not a setting of a jsonl output");
        assertThatThrownBy(() -> load("alerts:\n  outputs:\n    - {name: a, type: jsonl, path: /x}\n"
                + "    - {name: a, type: jsonl, path: /y}\n")).hasMessageContaining("used twice");
        assertThatThrownBy(() -> load("alerts:\n  outputs:\n    - {name: a, type: mail}\n"))
                .hasMessageStartingWith("alerts.outputs[0].type: unknown or missing output type 'mail'");
        assertThatThrownBy(() -> load("alerts:\n  outputs:\n    - {name: a, type: syslog, host: h, facility: x}\n"))
                .hasMessageStartingWith("alerts.outputs[0].facility: unknown facility");
        assertThatThrownBy(() -> load("alerts:\n  lease: 15s\n  outputs:\n    - {name: a, type: syslog, host: h}\n"))
                .hasMessageStartingWith("alerts.lease: shorter than twice the longest output timeout");
        assertThatThrownBy(() -> load("alerts:\n  retry-initial: 1m\n  retry-max: 1s\n"))
                .hasMessageStartingWith("alerts.retry-max:");
    }
}
