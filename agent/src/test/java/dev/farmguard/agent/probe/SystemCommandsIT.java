package dev.farmguard.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The live command runner against real programs of this machine. */
@EnabledOnOs(OS.LINUX)
class SystemCommandsIT {

    private final SystemCommands commands = new SystemCommands(Duration.ofSeconds(5), 4096);

    @Test
    void runsASystemProgramInTheCLocale() {
        assertThat(commands.run(List.of("sh", "-c", "echo \"$LC_ALL\"; echo out; echo err >&2; exit 3")))
                .hasValueSatisfying(result -> {
                    assertThat(result.stdout()).isEqualTo("C\nout\n");
                    assertThat(result.exitCode()).isEqualTo(3);
                    assertThat(result.truncated()).isFalse();
                });
    }

    @Test
    void onlySystemDirectoriesAreSearched() {
        assertThat(commands.run(List.of("no-such-program-farmguard"))).isEmpty();
        assertThat(commands.run(List.of("./sh"))).isEmpty();
        assertThat(SystemCommands.locate("sh")).isPresent();
    }

    @Test
    void endlessOutputIsCutAtTheLimit() {
        assertThat(commands.run(List.of("yes"))).hasValueSatisfying(result -> {
            assertThat(result.truncated()).isTrue();
            assertThat(result.stdout()).hasSize(4096);
        });
    }

    @Test
    void aCommandThatDoesNotFinishIsAbandoned() {
        SystemCommands impatient = new SystemCommands(Duration.ofMillis(300), 4096);

        assertThat(impatient.run(List.of("sleep", "30"))).isEmpty();
    }
}
