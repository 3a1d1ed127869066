package dev.farmguard.agent.probe.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.testing.FakeTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxPowerProbeTest {

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    private PowerInfo read(String fixture) {
        new FakeTree(root).copyFixture("/power/linux/" + fixture);
        return new LinuxPowerProbe(root).collect(warnings::add);
    }

    @Test
    void onBatteryWithTheLidClosedAndAMouseBatteryIgnored() {
        assertThat(read("laptop-on-battery-lid-closed"))
                .isEqualTo(new PowerInfo(PowerSourceKind.BATTERY, true, 86, 312, LidKind.CLOSED));
    }

    @Test
    void aUsbCChargerOnlineMeansMains() {
        assertThat(read("laptop-usbc-charging"))
                .isEqualTo(new PowerInfo(PowerSourceKind.AC, true, 46, 0, LidKind.OPEN));
    }

    @Test
    void twoBatteriesAreWeightedByEnergy() {
        PowerInfo power = read("dual-battery");

        assertThat(power.source()).isEqualTo(PowerSourceKind.AC);
        assertThat(power.batteryPercent()).isEqualTo(75.0);
        assertThat(power.cycleCount()).isEqualTo(88);
        assertThat(power.lid()).isEqualTo(LidKind.UNKNOWN);
    }

    @Test
    void aMachineWithoutPowerSuppliesIsUnknownNotAFailure() {
        assertThat(new LinuxPowerProbe(root).collect(warnings::add))
                .isEqualTo(new PowerInfo(PowerSourceKind.UNKNOWN, false, -1, -1, LidKind.UNKNOWN));
        assertThat(warnings).isEmpty();
    }

    @Test
    void lidStateText() {
        assertThat(PowerSupplies.lid("state:      open")).isEqualTo(LidKind.OPEN);
        assertThat(PowerSupplies.lid("state:      closed")).isEqualTo(LidKind.CLOSED);
        assertThat(PowerSupplies.lid("")).isEqualTo(LidKind.UNKNOWN);
    }
}
