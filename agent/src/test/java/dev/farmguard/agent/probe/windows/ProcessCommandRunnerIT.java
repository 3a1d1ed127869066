package dev.farmguard.agent.probe.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner is OS-neutral; it runs real processes here (POSIX sh) to check limits and decoding. */
class ProcessCommandRunnerIT {

    private final ProcessCommandRunner runner = new ProcessCommandRunner(Duration.ofSeconds(5), 1024);

    private static WindowsCommand sh(String script) {
        return new WindowsCommand("sh:" + script, List.of("/bin/sh", "-c", script), false);
    }

    @Test
    void returnsStdoutAndExitCodeWithoutTheByteOrderMark() throws IOException {
        CommandResult result = runner.run(sh("printf '\\357\\273\\277h\\303\\251llo\\n'; echo oops >&2; exit 3"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("héllo\n");
    }

    @Test
    void refusesOutputOverTheLimit() {
        assertThatThrownBy(() -> runner.run(sh("head -c 5000 /dev/zero")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exceeds 1024 bytes");
    }

    @Test
    void killsACommandThatRunsTooLong() {
        ProcessCommandRunner quick = new ProcessCommandRunner(Duration.ofMillis(300), 1024);

        assertThatThrownBy(() -> quick.run(sh("sleep 30")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("timed out");
    }

    @Test
    void aMissingProgramIsAnIoError() {
        assertThatThrownBy(() -> runner.run(new WindowsCommand("nope", List.of("/nonexistent/program.exe"), false)))
                .isInstanceOf(IOException.class);
    }
}
