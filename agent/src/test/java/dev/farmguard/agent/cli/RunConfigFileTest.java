package dev.farmguard.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.config.CaFingerprint;
import dev.farmguard.agent.testing.CliRun;
import dev.farmguard.agent.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --config FILE}: the file fills in what the flags do not give, and is checked before any work. */
class RunConfigFileTest {

    @TempDir
    Path dir;

    private final TestPki pki = TestPki.create("localhost");
    private Path ca;

    @BeforeEach
    void writeCa() throws Exception {
        ca = pki.writeCaPem(dir);
    }

    private Path config(String text) throws Exception {
        return Files.writeString(dir.resolve("agent.conf"), text);
    }

    @Test
    void theFileGivesCollectorCaAndStateDirectory() throws Exception {
        Path file = config("collector = localhost:1\nca = " + ca.getFileName() + "\nca-fingerprint = "
                + CaFingerprint.of(pki.caCertificate()) + "\nstate-dir = state\n");

        CliRun run = CliRun.of("run", "--once", "--config", file.toString());

        assertThat(run.err()).as("everything checked out up to enrollment").contains("not enrolled yet");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("state")).as("state-dir relative to the file").isDirectory();
    }

    @Test
    void flagsWinOverTheFile() throws Exception {
        Path file = config("collector = localhost:1\nca = " + ca.getFileName() + "\nstate-dir = state\n");
        Path notPem = Files.writeString(dir.resolve("not.pem"), "hello");

        CliRun badCa = CliRun.of("run", "--once", "--config", file.toString(), "--ca", notPem.toString());
        assertThat(badCa.err()).contains("--ca: ").contains("is not a PEM/DER X.509 certificate");

        CliRun otherState = CliRun.of("run", "--once", "--config", file.toString(), "--state-dir",
                dir.resolve("flag-state").toString());
        assertThat(otherState.err()).contains("not enrolled yet");
        assertThat(dir.resolve("flag-state")).isDirectory();
        assertThat(dir.resolve("state")).doesNotExist();
    }

    @Test
    void aCaThatIsNotThePinnedOneIsRefusedBeforeStateIsTouched() throws Exception {
        Path file = config("collector = localhost:1\nca = " + ca.getFileName() + "\nca-fingerprint = "
                + CaFingerprint.of(TestPki.create("localhost").caCertificate()) + "\nstate-dir = state\n");

        CliRun run = CliRun.of("run", "--once", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("does not have the fingerprint pinned by ca-fingerprint");
        assertThat(dir.resolve("state")).doesNotExist();
    }

    @Test
    void fileProblemsNameTheKeyAndExitWith2() throws Exception {
        CliRun unknown = CliRun.of("run", "--once", "--config", config("colector = localhost:1\n").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("line 1: unknown key 'colector'");

        CliRun missing = CliRun.of("run", "--once", "--config", dir.resolve("none.conf").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("cannot read configuration file");

        CliRun noCa = CliRun.of("run", "--once", "--config", config("collector = localhost:1\n").toString());
        assertThat(noCa.err()).contains("--ca").contains("or ca in the --config file");
    }
}
