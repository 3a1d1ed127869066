package dev.farmguard.agent.probe.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.RecordedCommands;
import org.junit.jupiter.api.Test;

class MacosPowerProbeTest {

    static RecordedCommands commands(String fixture) {
        String dir = "/power/macos/" + fixture + "/";
        return new RecordedCommands()
                .resource(MacCommands.PMSET_BATT, dir + "pmset.txt")
                .resource(MacCommands.IOREG_BATTERY, dir + "ioreg-battery.txt")
                .resource(MacCommands.IOREG_CLAMSHELL, dir + "ioreg-clamshell.txt");
    }

    private static PowerInfo collect(String fixture) throws ProbeException {
        return new MacosPowerProbe(commands(fixture)).collect(message -> { });
    }

    @Test
    void appleSiliconOnMainsWithItsLidClosed() throws Exception {
        assertThat(collect("apple-silicon-ac-lid-closed"))
                .isEqualTo(new PowerInfo(PowerSourceKind.AC, true, 100.0, 87, LidKind.CLOSED));
    }

    @Test
    void intelOnBatteryWithItsLidOpen() throws Exception {
        assertThat(collect("intel-on-battery"))
                .isEqualTo(new PowerInfo(PowerSourceKind.BATTERY, true, 72.0, 412, LidKind.OPEN));
    }

    @Test
    void aDesktopHasNeitherBatteryNorLid() throws Exception {
        assertThat(collect("mac-mini"))
                .isEqualTo(new PowerInfo(PowerSourceKind.AC, false, -1, -1, LidKind.UNKNOWN));
    }

    @Test
    void chargeComesFromTheBatteryEntryWhenPmsetIsMissing() {
        String battery = FakeTree.text("/power/macos/intel-on-battery/ioreg-battery.txt");

        PowerInfo info = MacosPower.parse("", battery, "");

        assertThat(info.source()).as("ExternalConnected = No").isEqualTo(PowerSourceKind.BATTERY);
        assertThat(info.batteryPercent()).as("3611 of 5016 mAh").isEqualTo(72.0);
        assertThat(info.cycleCount()).isEqualTo(412);
    }

    @Test
    void failsOnlyWhenNothingRuns() {
        assertThatThrownBy(() -> new MacosPowerProbe(new RecordedCommands()).collect(message -> { }))
                .isInstanceOf(ProbeException.class);
    }
}
