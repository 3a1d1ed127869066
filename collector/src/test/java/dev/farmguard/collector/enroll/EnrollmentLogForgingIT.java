package dev.farmguard.collector.enroll;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.testing.AgentTestClient;
import dev.farmguard.collector.testing.CapturedLogs;
import dev.farmguard.collector.testing.ProtoMessages;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.TestDevices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host name with a line break cannot write a fake line into the collector log. */
class EnrollmentLogForgingIT {

    private static final String FORGED = "laptop-1\n2026-12-07T20:00:00.000Z INFO  [main] Collector - admin token"
            + " rotated\r";

    @TempDir
    Path dir;

    private Collector collector;

    @BeforeEach
    void start() throws Exception {
        collector = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        collector.close();
    }

    private void enroll(String token) throws Exception {
        try (AgentTestClient c = AgentTestClient.connect(RunningCollector.agentAddress(collector), dir.resolve("ca.pem"))) {
            c.send(ProtoMessages.enroll(token, TestDevices.csr(TestDevices.newKeys()), FORGED, ""));
            c.read();
        }
    }

    @Test
    void controlCharactersInAHostNameAreNeutralisedInEveryLogLine() throws Exception {
        try (CapturedLogs logs = new CapturedLogs()) {
            enroll(RunningCollector.deviceToken(collector));
            enroll("enr_not-a-token");
            enroll("not-even-the-prefix");
            List<ILoggingEvent> mentioning = logs.events().stream()
                    .filter(e -> e.getFormattedMessage().contains("laptop-1")).toList();
            assertThat(mentioning).hasSizeGreaterThanOrEqualTo(2);
            assertThat(mentioning).allSatisfy(e -> assertThat(e.getFormattedMessage())
                    .doesNotContain("\n").doesNotContain("\r").contains("laptop-1\\n2026-12-07"));
        }
    }
}
