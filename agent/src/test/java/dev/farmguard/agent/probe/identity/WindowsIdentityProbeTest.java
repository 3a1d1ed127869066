package dev.farmguard.agent.probe.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.RegExport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsIdentityProbeTest {

    private static final IdentityInfo OSHI = new IdentityInfo("from-oshi", "LENOVO", "20W0005QUS", "", "",
            ChassisKind.UNKNOWN, Platform.WINDOWS, "Windows", "11", "22631", "cpu", 8, 4, 1L, null);

    @TempDir
    Path drives;

    private IdentityInfo collect(RecordedCommands commands, List<String> warnings) throws Exception {
        return new WindowsIdentityProbe(FakeWindows.of(commands, new RegExport(), drives), w -> OSHI)
                .collect(warnings::add);
    }

    @Test
    void readsALenovoLaptop() throws Exception {
        List<String> warnings = new ArrayList<>();
        IdentityInfo id = collect(new RecordedCommands()
                .resource("powershell:identity", "/identity/windows/thinkpad/identity.json"), warnings);

        assertThat(id).isEqualTo(new IdentityInfo("LPT-ACME-0412", "LENOVO", "ThinkPad T14 Gen 2i", "PF3ABCDE",
                "5b2c4e80-2d7a-11b2-a85c-d2e1b6f0c3a9", ChassisKind.LAPTOP, Platform.WINDOWS, "Windows 11 Pro",
                "10.0.22631", "22631.4460", "11th Gen Intel(R) Core(TM) i5-1145G7 @ 2.60GHz", 8, 4, 16_856_895_488L,
                Instant.parse("2026-11-20T07:41:12.5Z")));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aHyperVGuestIsVirtualWhateverItsEnclosureSays() throws Exception {
        IdentityInfo id = collect(new RecordedCommands()
                .resource("powershell:identity", "/identity/windows/hyperv-vm/identity.json"), new ArrayList<>());

        assertThat(id.chassis()).isEqualTo(ChassisKind.VIRTUAL);
        assertThat(id.hostname()).isEqualTo("win10-build");
        assertThat(id.osName()).isEqualTo("Windows 10 Enterprise");
        assertThat(id.osBuild()).as("no update revision").isEqualTo("19045");
        assertThat(id.physicalCpus()).isEqualTo(4);
        assertThat(id.logicalCpus()).isEqualTo(4);
        assertThat(id.bootTime()).as("Windows PowerShell 5.1 date form").isEqualTo(Instant.ofEpochMilli(1_763_625_600_000L));
    }

    @Test
    void fallsBackToOshiWithAWarningWhenPowerShellFails() throws Exception {
        List<String> warnings = new ArrayList<>();
        IdentityInfo id = collect(new RecordedCommands(), warnings);

        assertThat(id).isSameAs(OSHI);
        assertThat(warnings).containsExactly(
                "cannot run powershell:identity: no recording of powershell:identity; identity read through OSHI, chassis unknown");
    }

    @Test
    void pcSystemTypeDecidesWhenTheEnclosureSaysNothing() {
        assertThat(CimIdentity.pcSystemType(2)).isEqualTo(ChassisKind.LAPTOP);
        assertThat(CimIdentity.pcSystemType(8)).isEqualTo(ChassisKind.LAPTOP);
        assertThat(CimIdentity.pcSystemType(3)).isEqualTo(ChassisKind.DESKTOP);
        assertThat(CimIdentity.pcSystemType(4)).isEqualTo(ChassisKind.SERVER);
        assertThat(CimIdentity.pcSystemType(0)).isEqualTo(ChassisKind.UNKNOWN);
    }
}
