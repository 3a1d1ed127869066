package dev.farmguard.agent.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.testing.CliRun;
import dev.farmguard.agent.testing.TestCollector;
import dev.farmguard.agent.testing.TestPki;
import dev.farmguard.proto.v1.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay} over real TLS with PROXY v2 headers against an in-test collector. */
class ReplayIT {

    private static final TestPki PKI = TestPki.create("127.0.0.1");

    @TempDir
    static Path dir;
    private static Path ca;

    @BeforeAll
    static void writeCa() throws IOException {
        ca = PKI.writeCaPem(dir);
    }

    private static String line(String ip, String device, long sequence) throws IOException {
        Snapshot snapshot = Snapshot.newBuilder().setDeviceId(device).setSequence(sequence)
                .setCollectedAt(Timestamp.newBuilder().setSeconds(1_763_700_000L + sequence * 300)).build();
        return "{\"observedIp\": \"" + ip + "\", \"snapshot\": "
                + JsonFormat.printer().omittingInsignificantWhitespace().print(snapshot) + "}";
    }

    @Test
    void sendsEachRecordFromItsObservedIpInPerDeviceOrder() throws Exception {
        Path file = Files.write(dir.resolve("fleet.jsonl"), List.of(
                line("203.0.113.7", "A", 1),
                line("198.51.100.9", "B", 1),
                line("203.0.113.7", "A", 2),
                "{not json",
                line("2001:db8::7", "C", 1),
                line("192.0.2.44", "A", 3),
                line("198.51.100.9", "B", 2),
                line("203.0.113.7", "A", 1),
                "",
                line("999.1.1.1", "C", 9),
                line("2001:db8::7", "C", 2)));

        try (TestCollector collector = new TestCollector(PKI, true, null)) {
            CliRun run = CliRun.of("replay", "--lanes", "2", "--collector", "127.0.0.1:" + collector.port(),
                    "--ca", ca.toString(), "--file", file.toString(), "--enroll-token", TestCollector.TOKEN);

            assertThat(run.exitCode()).as("bad lines make the replay fail").isEqualTo(1);
            JsonNode summary = new ObjectMapper().readTree(run.out());
            assertThat(summary.get("lines").asLong()).isEqualTo(10);
            assertThat(summary.get("sent").asLong()).isEqualTo(8);
            assertThat(summary.get("acked").asLong()).isEqualTo(8);
            assertThat(summary.get("duplicates").asLong()).isEqualTo(1);
            assertThat(summary.get("errors").asLong()).isZero();
            assertThat(summary.get("badLines").asLong()).isEqualTo(2);
            assertThat(run.err()).contains("line 4: not JSON").contains("line 10: \"observedIp\" '999.1.1.1'");

            Map<String, List<String>> byDevice = collector.received.stream().collect(Collectors.groupingBy(
                    r -> r.snapshot().getDeviceId(),
                    Collectors.mapping(r -> r.snapshot().getSequence() + "@" + r.observedIp(), Collectors.toList())));
            assertThat(byDevice).containsEntry("A", List.of("1@203.0.113.7", "2@203.0.113.7", "3@192.0.2.44"))
                    .containsEntry("B", List.of("1@198.51.100.9", "2@198.51.100.9"))
                    .containsEntry("C", List.of("1@2001:db8::7", "2@2001:db8::7"));
            assertThat(collector.enrollments).as("each recorded device enrolled once, under its own id")
                    .extracting(e -> e.getRequestedDeviceId()).containsExactlyInAnyOrder("A", "B", "C");
        }
    }

    @Test
    void withoutATokenEveryRecordIsRefusedAndTheReasonSaysSo() throws Exception {
        Path file = Files.write(dir.resolve("one.jsonl"), List.of(line("203.0.113.7", "A", 1)));
        try (TestCollector collector = new TestCollector(PKI, true, null)) {
            CliRun run = CliRun.of("replay", "--collector", "127.0.0.1:" + collector.port(), "--ca", ca.toString(),
                    "--file", file.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("line 1").contains("UNAUTHENTICATED");
            assertThat(collector.received).isEmpty();
        }
    }

    @Test
    void replaysAnInterleavedFleetFileCompletely() throws Exception {
        List<String> lines = new ArrayList<>();
        int devices = 100;
        int rounds = 10;
        for (int round = 1; round <= rounds; round++) {
            for (int device = 0; device < devices; device++) {
                lines.add(line("198.51.100." + (device % 50), "device-" + device, round));
            }
        }
        Path file = Files.write(dir.resolve("interleaved.jsonl"), lines);

        try (TestCollector collector = new TestCollector(PKI, true, null)) {
            CliRun run = CliRun.of("replay", "--collector", "127.0.0.1:" + collector.port(), "--ca", ca.toString(),
                    "--file", file.toString(), "--enroll-token", TestCollector.TOKEN);

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode summary = new ObjectMapper().readTree(run.out());
            assertThat(summary.get("acked").asLong()).isEqualTo((long) devices * rounds);
            assertThat(summary.get("connections").asLong()).as("sessions are reused").isEqualTo(devices);
            assertThat(collector.received).hasSize(devices * rounds);
            Map<String, List<Long>> sequences = collector.received.stream().collect(Collectors.groupingBy(
                    r -> r.snapshot().getDeviceId(), Collectors.mapping(r -> r.snapshot().getSequence(), Collectors.toList())));
            assertThat(sequences.values()).allSatisfy(s -> assertThat(s).isSorted().hasSize(rounds));
        }
    }
}
