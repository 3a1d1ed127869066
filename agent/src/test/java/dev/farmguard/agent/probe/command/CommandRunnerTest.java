package dev.farmguard.agent.probe.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.agent.probe.ProbeException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRunnerTest {

    @Test
    void outputFailsWithTheCommandsNameAndFirstLine() {
        CommandRunner failing = command -> new CommandResult(5, "\r\n  Access is denied.\r\nmore\r\n");

        assertThatThrownBy(() -> failing.output(new Command("netsh x", List.of("netsh.exe"), false)))
                .isInstanceOf(ProbeException.class).hasMessage("netsh x exited with 5: Access is denied.");
    }

    @Test
    void outputRefusesOutputThatWasCut() {
        CommandRunner cut = command -> new CommandResult(-1, "partial", true);

        assertThatThrownBy(() -> cut.output(Command.of("ioreg", "-l")))
                .isInstanceOf(ProbeException.class).hasMessage("output of ioreg -l exceeds the output limit");
    }

    @Test
    void tryRunIsEmptyOnlyWhenTheCommandCannotRun() {
        CommandRunner failing = command -> new CommandResult(1, "no such device");

        assertThat(CommandRunner.NONE.tryRun(Command.of("iw", "dev"))).isEmpty();
        assertThat(failing.tryRun(Command.of("iw", "dev"))).contains(new CommandResult(1, "no such device"));
    }

    @Test
    void aCommandOfArgumentsIsNamedByItsCommandLine() {
        Command command = Command.of("iw", "dev", "wlan0", "link");

        assertThat(command.name()).isEqualTo("iw dev wlan0 link");
        assertThat(command.argv()).containsExactly("iw", "dev", "wlan0", "link");
        assertThat(command.cacheable()).isFalse();
    }
}
