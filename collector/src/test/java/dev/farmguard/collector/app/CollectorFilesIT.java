package dev.farmguard.collector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.testing.RunningCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory contract: listen.json, ca.pem, admin.token (owner-only, created once). */
class CollectorFilesIT {

    @TempDir
    Path dir;

    @Test
    void filesAreWrittenOnFirstStartAndTheTokenIsKeptAfterwards() throws Exception {
        String token;
        try (Collector c = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5))) {
            JsonNode listen = new ObjectMapper().readTree(dir.resolve("listen.json").toFile());
            assertThat(listen.get("agent").asText()).isEqualTo(c.agentAddress().toString()).doesNotEndWith(":0");
            assertThat(listen.get("api").asText()).isEqualTo(c.apiAddress().toString()).doesNotEndWith(":0");
            assertThat(Files.readString(dir.resolve("ca.pem"))).startsWith("-----BEGIN CERTIFICATE-----");
            Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.getPosixFilePermissions(dir.resolve("admin.token"))).isEqualTo(ownerOnly);
            assertThat(Files.getPosixFilePermissions(dir.resolve("ca-key.pem"))).isEqualTo(ownerOnly);
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                    .as("the data directory holds the store and secrets").isEqualTo("rwx------");
            token = Files.readString(dir.resolve("admin.token")).trim();
            assertThat(token).startsWith("fg_");
        }
        String ca = Files.readString(dir.resolve("ca.pem"));
        Collector closedTwice = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5));
        closedTwice.close();
        closedTwice.close(); // close() is idempotent
        try (Collector again = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5))) {
            assertThat(Files.readString(dir.resolve("admin.token")).trim()).isEqualTo(token);
            assertThat(Files.readString(dir.resolve("ca.pem"))).isEqualTo(ca);
            assertThat(again.store().tokens()).hasSize(1);
        }
    }
}
