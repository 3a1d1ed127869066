package dev.farmguard.collector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API limits of the {@code api} section: read, kept when later sections are read, checked together. */
class ApiLimitsConfigTest {

    @TempDir
    Path dir;

    private CollectorConfig load(String yaml) throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, yaml);
        return ConfigFile.apply(file, CollectorConfig.defaults(dir));
    }

    @Test
    void everyApiLimitIsReadAndSurvivesTheSectionsAfterIt() throws IOException {
        CollectorConfig c = load("""
                api:
                  max-body-bytes: 2048
                  max-body-bytes-in-flight: 8192
                  max-connections: 100
                  max-connections-per-address: 10
                tls:
                  server-names: [collector.example.com]
                limits:
                  ingest-queue-size: 10
                """);
        assertThat(c.api()).isEqualTo(new ApiLimits(2048, 8192, 100, 10));
        assertThat(c.apiMaxBodyBytes()).isEqualTo(2048);
    }

    @Test
    void defaultsApplyWhenTheSectionIsAbsent() throws IOException {
        assertThat(load("tls:\n  server-names: [a.example]\n").api()).isEqualTo(ApiLimits.DEFAULTS);
        assertThat(load("api:\n  max-body-bytes: 100000000\n").api().maxBodyBytesInFlight()).isEqualTo(100_000_000);
    }

    @Test
    void inconsistentLimitsNameTheKey() {
        assertThatThrownBy(() -> load("api:\n  max-body-bytes: 4096\n  max-body-bytes-in-flight: 1024\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("api.max-body-bytes-in-flight");
        assertThatThrownBy(() -> load("api:\n  max-connections: 10\n  max-connections-per-address: 20\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("api.max-connections-per-address");
        assertThatThrownBy(() -> load("api:\n  max-connections: 0\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("api.max-connections");
    }
}
