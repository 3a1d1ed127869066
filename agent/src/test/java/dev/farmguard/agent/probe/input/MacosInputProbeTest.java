package dev.farmguard.agent.probe.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.testing.RecordedCommands;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacosInputProbeTest {

    @Test
    void hidIdleTimeIsNanoseconds() throws Exception {
        RecordedCommands commands = new RecordedCommands().resource(MacCommands.IOREG_HID_SYSTEM, "/input/macos/hid-system/ioreg.txt");

        InputActivityInfo info = new MacosInputProbe(commands).collect(message -> { });

        assertThat(info.idleMillis()).isEqualTo(754_310L);
        assertThat(info.source()).isEqualTo("HIDIdleTime");
    }

    @Test
    void missingFigureIsUnknownWithAWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        RecordedCommands commands = new RecordedCommands().answer(MacCommands.IOREG_HID_SYSTEM, 0, "");

        assertThat(new MacosInputProbe(commands).collect(warnings::add)).isEqualTo(InputActivityInfo.unknown());
        assertThat(warnings).containsExactly("no HIDIdleTime in the IOHIDSystem entry");
    }
}
