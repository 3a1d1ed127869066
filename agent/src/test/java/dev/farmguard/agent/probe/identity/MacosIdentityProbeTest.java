package dev.farmguard.agent.probe.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.testing.RecordedCommands;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacosIdentityProbeTest {

    static final HardwareFacts OSHI = new HardwareFacts("Apple Inc.", "oshi-model", "oshi-serial", "OSHI-UUID",
            "Apple M2", 8, 8, 17_179_869_184L, Instant.parse("2026-11-20T08:00:00Z"));

    private final List<String> warnings = new ArrayList<>();

    static RecordedCommands commands(String fixture) {
        String dir = "/identity/macos/" + fixture + "/";
        return new RecordedCommands()
                .resource(MacCommands.IOREG_PLATFORM, dir + "ioreg-platform.txt")
                .resource(MacCommands.SW_VERS, dir + "sw_vers.txt")
                .resource(MacCommands.HOSTNAME, dir + "hostname.txt");
    }

    @Test
    void appleSiliconIdentifierNeedsTheMarketingName() {
        RecordedCommands commands = commands("apple-silicon-air")
                .resource(MacCommands.SP_HARDWARE, "/identity/macos/apple-silicon-air/sp-hardware.json");

        IdentityInfo info = new MacosIdentityProbe(commands, () -> OSHI).collect(warnings::add);

        assertThat(info.hostname()).isEqualTo("Alices-MacBook-Air.local");
        assertThat(info.hardwareVendor()).isEqualTo("Apple Inc.");
        assertThat(info.hardwareModel()).isEqualTo("Mac14,2");
        assertThat(info.hardwareSerial()).isEqualTo("H7WQ3LX9KD");
        assertThat(info.hardwareUuid()).isEqualTo("7d5a3c1e-9b2f-5e44-8c6d-1a2b3c4d5e6f");
        assertThat(info.chassis()).isEqualTo(ChassisKind.LAPTOP);
        assertThat(info.osFamily()).isEqualTo(Platform.MACOS);
        assertThat(info.osName()).isEqualTo("macOS");
        assertThat(info.osVersion()).isEqualTo("14.5");
        assertThat(info.osBuild()).isEqualTo("23F79");
        assertThat(info.cpuModel()).isEqualTo("Apple M2");
        assertThat(info.totalMemoryBytes()).isEqualTo(17_179_869_184L);
        assertThat(warnings).isEmpty();
    }

    @Test
    void intelIdentifierTellsTheChassisWithoutSystemProfiler() {
        RecordedCommands commands = commands("intel-pro");

        IdentityInfo info = new MacosIdentityProbe(commands, () -> OSHI).collect(warnings::add);

        assertThat(info.hardwareModel()).isEqualTo("MacBookPro16,1");
        assertThat(info.hardwareSerial()).isEqualTo("C02ZK0WHMD6T");
        assertThat(info.chassis()).isEqualTo(ChassisKind.LAPTOP);
        assertThat(info.osVersion()).isEqualTo("12.7.6");
        assertThat(info.osBuild()).isEqualTo("21H1320");
        assertThat(commands.ran()).doesNotContain(MacCommands.SP_HARDWARE.name());
        assertThat(warnings).isEmpty();
    }

    @Test
    void aVirtualMacIsVirtual() {
        IdentityInfo info = new MacosIdentityProbe(commands("mac-mini-vm"), () -> OSHI).collect(warnings::add);

        assertThat(info.chassis()).isEqualTo(ChassisKind.VIRTUAL);
        assertThat(info.osVersion()).isEqualTo("15.1");
    }

    @Test
    void fallsBackToOshiWhenTheCommandsFail() {
        IdentityInfo info = new MacosIdentityProbe(new RecordedCommands(), () -> OSHI).collect(warnings::add);

        assertThat(info.hardwareModel()).isEqualTo("oshi-model");
        assertThat(info.hardwareUuid()).isEqualTo("oshi-uuid");
        assertThat(info.chassis()).isEqualTo(ChassisKind.UNKNOWN);
        assertThat(info.osName()).isEqualTo("macOS");
        assertThat(warnings).hasSize(4);
    }

    @Test
    void chassisFromIdentifierOrName() {
        assertThat(MacModels.chassis("Macmini9,1", "")).isEqualTo(ChassisKind.DESKTOP);
        assertThat(MacModels.chassis("iMac21,1", "")).isEqualTo(ChassisKind.DESKTOP);
        assertThat(MacModels.chassis("Mac13,1", "Mac Studio")).isEqualTo(ChassisKind.DESKTOP);
        assertThat(MacModels.chassis("Mac14,3", "Mac mini")).isEqualTo(ChassisKind.DESKTOP);
        assertThat(MacModels.chassis("Mac15,6", "MacBook Pro")).isEqualTo(ChassisKind.LAPTOP);
        assertThat(MacModels.chassis("Mac15,6", "")).isEqualTo(ChassisKind.UNKNOWN);
        assertThat(MacModels.chassis("VMware7,1", "")).isEqualTo(ChassisKind.VIRTUAL);
        assertThat(MacModels.needsMachineName("Mac14,2")).isTrue();
        assertThat(MacModels.needsMachineName("MacBookAir10,1")).isFalse();
    }
}
