package dev.farmguard.agent.probe.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The live runner against real programs of this machine (POSIX sh), with the settings of each platform: system
 * directories and the C locale as Linux and macOS run commands, full paths and refused over-long output as
 * Windows does.
 */
class ProcessCommandRunnerIT {

    private final CommandSettings posixSettings = CommandSettings.posix(Duration.ofSeconds(5), 4096);
    private final ProcessCommandRunner posix = new ProcessCommandRunner(posixSettings);
    private final ProcessCommandRunner fullPaths =
            new ProcessCommandRunner(CommandSettings.fullPaths(Duration.ofSeconds(5), 1024));

    private static Command sh(String script) {
        return new Command("sh:" + script, List.of("/bin/sh", "-c", script), false);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void runsASystemProgramInTheCLocale() {
        assertThat(posix.tryRun(Command.of("sh", "-c", "echo \"$LC_ALL\"; echo out; echo err >&2; exit 3")))
                .hasValueSatisfying(result -> {
                    assertThat(result.stdout()).isEqualTo("C\nout\n");
                    assertThat(result.exitCode()).isEqualTo(3);
                    assertThat(result.truncated()).isFalse();
                });
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onlySystemDirectoriesAreSearched() {
        assertThat(posix.tryRun(Command.of("no-such-program-farmguard"))).isEmpty();
        assertThat(posix.tryRun(Command.of("./sh"))).isEmpty();
        assertThat(posixSettings.locate("sh")).isPresent();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void endlessOutputIsCutAtTheLimit() {
        assertThat(posix.tryRun(Command.of("yes"))).hasValueSatisfying(result -> {
            assertThat(result.truncated()).isTrue();
            assertThat(result.stdout()).hasSize(4096);
        });
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aCommandThatDoesNotFinishIsAbandoned() {
        ProcessCommandRunner impatient = new ProcessCommandRunner(CommandSettings.posix(Duration.ofMillis(300), 4096));

        assertThat(impatient.tryRun(Command.of("sleep", "30"))).isEmpty();
    }

    @Test
    void returnsStdoutAndExitCodeWithoutTheByteOrderMark() throws IOException {
        CommandResult result = fullPaths.run(sh("printf '\\357\\273\\277h\\303\\251llo\\n'; echo oops >&2; exit 3"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("héllo\n");
    }

    @Test
    void refusesOutputOverTheLimit() {
        assertThatThrownBy(() -> fullPaths.run(sh("head -c 5000 /dev/zero")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exceeds 1024 bytes");
    }

    @Test
    void killsACommandThatRunsTooLong() {
        ProcessCommandRunner quick = new ProcessCommandRunner(CommandSettings.fullPaths(Duration.ofMillis(300), 1024));

        assertThatThrownBy(() -> quick.run(sh("sleep 30")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("timed out");
    }

    @Test
    void aMissingProgramIsAnIoError() {
        assertThatThrownBy(() -> fullPaths.run(new Command("nope", List.of("/nonexistent/program.exe"), false)))
                .isInstanceOf(IOException.class);
    }
}
