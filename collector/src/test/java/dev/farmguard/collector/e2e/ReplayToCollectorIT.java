package dev.farmguard.collector.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.cli.AgentMain;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.proto.v1.DeviceIdentity;
import dev.farmguard.proto.v1.Snapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code farmguard-agent replay} against the real collector: with a replay token every recorded device
 * is enrolled under its own id and its records arrive over mutual TLS with their PROXY v2 addresses;
 * without one the collector refuses them.
 */
class ReplayToCollectorIT {

    @TempDir
    Path dir;

    private static String line(String ip, String device, long sequence) throws Exception {
        Snapshot s = Snapshot.newBuilder().setDeviceId(device).setSequence(sequence)
                .setCollectedAt(Timestamp.newBuilder().setSeconds(1_763_700_000L + sequence * 300))
                .setIdentity(DeviceIdentity.newBuilder().setHostname(device + "-host")).build();
        return "{\"observedIp\": \"" + ip + "\", \"snapshot\": " + JsonFormat.printer().print(s).replace("\n", "") + "}";
    }

    private int replay(Collector collector, Path file, StringWriter out, StringWriter err, String... extra) {
        List<String> args = new ArrayList<>(List.of("replay", "--collector", "127.0.0.1:"
                + collector.agentAddress().port(), "--ca", dir.resolve("data/ca.pem").toString(), "--file",
                file.toString()));
        args.addAll(List.of(extra));
        CommandLine cli = AgentMain.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cli.execute(args.toArray(String[]::new));
    }

    @Test
    void aReplayTokenEnrollsEveryRecordedDeviceUnderItsOwnId() throws Exception {
        List<String> lines = new ArrayList<>();
        for (long seq = 1; seq <= 5; seq++) {
            lines.add(line("203.0.113.7", "farm-a", seq));
            lines.add(line("198.51.100.9", "farm-b", seq));
            lines.add(line("2001:db8::7", "home-c", seq));
        }
        Path file = Files.write(dir.resolve("fleet.jsonl"), lines);
        try (Collector collector = RunningCollector.start(dir.resolve("data"), List.of(Cidr.parse("127.0.0.1/32")),
                Duration.ofSeconds(5))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertThat(replay(collector, file, out, err)).as("without a token").isEqualTo(1);
            assertThat(err.toString()).contains("UNAUTHENTICATED");
            assertThat(collector.store().devices()).isEmpty();

            String token = RunningCollector.replayToken(collector);
            StringWriter out2 = new StringWriter();
            StringWriter err2 = new StringWriter();
            assertThat(replay(collector, file, out2, err2, "--enroll-token", token)).as(err2.toString()).isZero();
            assertThat(out2.toString()).contains("\"acked\":15");
            assertThat(collector.store().devices()).extracting(d -> d.deviceId() + "@" + d.publicIp())
                    .containsExactly("farm-a@203.0.113.7", "farm-b@198.51.100.9", "home-c@2001:db8::7");
            assertThat(collector.store().enrollments().enrollments()).extracting(e -> e.deviceId())
                    .containsExactly("farm-a", "farm-b", "home-c");

            StringWriter again = new StringWriter();
            assertThat(replay(collector, file, again, new StringWriter(), "--enroll-token", token)).isZero();
            assertThat(again.toString()).as("replaying twice is safe").contains("\"duplicates\":15");
        }
    }
}
