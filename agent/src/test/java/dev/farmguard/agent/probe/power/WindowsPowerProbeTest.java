package dev.farmguard.agent.probe.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.RegExport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsPowerProbeTest {

    static final String CASE = "/power/windows/laptop-on-ac/";

    @TempDir
    Path drives;

    private PowerInfo collect(RecordedCommands commands, String statusResource, List<String> warnings) throws Exception {
        byte[] status = FakeTree.hexResource(statusResource);
        return new WindowsPowerProbe(FakeWindows.of(commands, new RegExport(), drives), () -> Optional.of(status))
                .collect(warnings::add);
    }

    @Test
    void aChargingLaptopOnMains() throws Exception {
        RecordedCommands commands = new RecordedCommands()
                .resource("powershell:battery-cycles", CASE + "battery-cycle-count.json");
        List<String> warnings = new ArrayList<>();

        assertThat(collect(commands, CASE + "system-power-status.hex", warnings))
                .isEqualTo(new PowerInfo(PowerSourceKind.AC, true, 95, 412, LidKind.UNKNOWN));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aDesktopWithoutBatteryDoesNotAskForCycles() throws Exception {
        RecordedCommands commands = new RecordedCommands();

        assertThat(collect(commands, "/power/windows/desktop/system-power-status.hex", new ArrayList<>()))
                .isEqualTo(new PowerInfo(PowerSourceKind.AC, false, -1, -1, LidKind.UNKNOWN));
        assertThat(commands.ran()).isEmpty();
    }

    @Test
    void cyclesUnknownWithoutRightsIsAWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        PowerInfo info = collect(new RecordedCommands(), CASE + "system-power-status.hex", warnings);

        assertThat(info.cycleCount()).isEqualTo(-1);
        assertThat(warnings).containsExactly("battery cycle count unknown: cannot run powershell:battery-cycles:"
                + " no recording of powershell:battery-cycles");
    }

    @Test
    void decodesTheStatusFlags() {
        assertThat(SystemPowerStatus.parse(new byte[] {0, 0x02, 12})).isEqualTo(
                new SystemPowerStatus.Status(PowerSourceKind.BATTERY, true, 12));
        assertThat(SystemPowerStatus.parse(new byte[] {(byte) 255, (byte) 255, (byte) 255})).isEqualTo(
                new SystemPowerStatus.Status(PowerSourceKind.UNKNOWN, false, -1));
        assertThat(SystemPowerStatus.parse(new byte[0]).source()).isEqualTo(PowerSourceKind.UNKNOWN);
    }

    @Test
    void failingStatusCallIsAProbeError() {
        WindowsPowerProbe probe = new WindowsPowerProbe(FakeWindows.of(new RecordedCommands(), new RegExport(), drives),
                Optional::empty);

        assertThatThrownBy(() -> probe.collect(w -> { })).isInstanceOf(ProbeException.class)
                .hasMessage("GetSystemPowerStatus failed");
    }
}
