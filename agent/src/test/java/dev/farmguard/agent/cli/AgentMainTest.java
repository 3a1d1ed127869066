package dev.farmguard.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentMainTest {

    @TempDir
    Path dir;

    @Test
    void helpAndVersionSucceed() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("run", "snapshot", "replay", "--log-level");
        assertThat(CliRun.of("--version").out()).startsWith("farmguard-agent ");
        assertThat(CliRun.of("run", "--help").out()).contains("--collector", "--ca", "--once", "--interval", "--state-dir");
    }

    @Test
    void usageErrorsNameTheProblemAndExitWith2() {
        assertThat(CliRun.of()).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("missing command");
        });
        CliRun badAddress = CliRun.of("run", "--once", "--collector", "collector", "--ca", "x.pem");
        assertThat(badAddress.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badAddress.err()).contains("--collector").contains("expected HOST:PORT");

        CliRun missingCa = CliRun.of("run", "--once", "--collector", "localhost:7443", "--ca",
                dir.resolve("none.pem").toString(), "--state-dir", dir.resolve("state").toString());
        assertThat(missingCa.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missingCa.err()).contains("--ca: CA file").contains("does not exist");
        assertThat(dir.resolve("state")).as("config is checked before state is touched").doesNotExist();

        CliRun badLevel = CliRun.of("snapshot", "--json", "--log-level", "loud");
        assertThat(badLevel.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badLevel.err()).contains("--log-level: 'loud' is not one of");

        assertThat(CliRun.of("snapshot").err()).contains("--json");
        assertThat(CliRun.of("run", "--once").err()).contains("--collector");
    }

    @Test
    void aCaFileThatIsNotACertificateIsAUsageError() throws Exception {
        Path notPem = Files.writeString(dir.resolve("ca.pem"), "hello");

        CliRun run = CliRun.of("run", "--once", "--collector", "localhost:7443", "--ca", notPem.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is not a PEM/DER X.509 certificate");
    }

    @Test
    void replayNeedsAReadableFile() {
        CliRun run = CliRun.of("replay", "--collector", "localhost:7443", "--ca", "x.pem", "--file",
                dir.resolve("missing.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--file").contains("is not a readable file");
    }

    @Test
    void aSecondAgentOnTheSameStateDirectoryExitsWithAClearMessage() throws Exception {
        Path state = dir.resolve("state");
        try (var running = dev.farmguard.agent.run.LocalAgent.open(state)) {
            CliRun second = CliRun.of("snapshot", "--json", "--state-dir", state.toString());
            assertThat(second.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(second.err()).contains("state directory " + state.toAbsolutePath() + " is in use by another "
                    + "farmguard-agent process (pid " + ProcessHandle.current().pid() + ")").contains("--state-dir");
            assertThat(second.out()).isEmpty();
        }
        assertThat(CliRun.of("snapshot", "--json", "--state-dir", state.toString()).exitCode())
                .as("free again once the first one closed").isZero();
    }

    @Test
    void anUnusableStateDirectoryIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");

        CliRun run = CliRun.of("snapshot", "--json", "--state-dir", file.resolve("state").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot use state directory " + file.resolve("state"));
        assertThat(run.out()).isEmpty();
    }
}
