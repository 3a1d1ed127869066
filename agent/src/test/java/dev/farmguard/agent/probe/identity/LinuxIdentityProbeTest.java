package dev.farmguard.agent.probe.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.testing.FakeTree;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxIdentityProbeTest {

    private static final HardwareFacts OSHI = new HardwareFacts("oshi-vendor", "oshi-model", "OSHI-SERIAL",
            "OSHI-UUID", "Intel(R) Core(TM) i7-1265U", 12, 10, 16_000_000_000L, Instant.parse("2026-11-20T08:00:00Z"));

    @TempDir
    Path root;

    @Test
    void readsDmiOsReleaseAndKernel() {
        new FakeTree(root)
                .file("/sys/class/dmi/id/sys_vendor", "LENOVO\n")
                .file("/sys/class/dmi/id/product_name", "21CF004PUS\n")
                .file("/sys/class/dmi/id/product_version", "ThinkPad T14 Gen 3\n")
                .file("/sys/class/dmi/id/product_serial", "PF3XXXXX\n")
                .file("/sys/class/dmi/id/product_uuid", "4C4C4544-0042-3510-8051-B4C04F4E4A32\n")
                .file("/sys/class/dmi/id/chassis_type", "10\n")
                .file("/proc/sys/kernel/hostname", "laptop-042\n")
                .file("/proc/sys/kernel/osrelease", "6.8.0-45-generic\n")
                .file("/etc/os-release", """
                        PRETTY_NAME="Ubuntu 24.04.1 LTS"
                        NAME="Ubuntu"
                        VERSION_ID="24.04"
                        VERSION="24.04.1 LTS (Noble Numbat)"
                        ID=ubuntu
                        """);

        IdentityInfo id = new LinuxIdentityProbe(root, () -> OSHI).collect(ProbeWarnings.IGNORE);

        assertThat(id).isEqualTo(new IdentityInfo("laptop-042", "LENOVO", "ThinkPad T14 Gen 3", "PF3XXXXX",
                "4c4c4544-0042-3510-8051-b4c04f4e4a32", ChassisKind.LAPTOP, Platform.LINUX, "Ubuntu", "24.04",
                "6.8.0-45-generic", "Intel(R) Core(TM) i7-1265U", 12, 10, 16_000_000_000L,
                Instant.parse("2026-11-20T08:00:00Z")));
    }

    @Test
    void fallsBackToOshiWhenDmiIsMissingOrRootOnly() {
        new FakeTree(root)
                .file("/sys/class/dmi/id/sys_vendor", "QEMU\n")
                .file("/sys/class/dmi/id/product_name", "Standard PC (Q35 + ICH9, 2009)\n")
                .file("/sys/class/dmi/id/chassis_type", "1\n")
                .file("/proc/sys/kernel/hostname", "vm\n");

        IdentityInfo id = new LinuxIdentityProbe(root, () -> OSHI).collect(ProbeWarnings.IGNORE);

        assertThat(id.hardwareSerial()).isEqualTo("OSHI-SERIAL");
        assertThat(id.hardwareUuid()).isEqualTo("oshi-uuid");
        assertThat(id.chassis()).isEqualTo(ChassisKind.VIRTUAL);
        assertThat(id.osName()).isEqualTo("Linux");
    }

    @Test
    void warnsWhenTheHostnameIsUnreadable() {
        List<String> warnings = new ArrayList<>();

        IdentityInfo id = new LinuxIdentityProbe(root, () -> OSHI).collect(warnings::add);

        assertThat(id.hostname()).isEmpty();
        assertThat(warnings).containsExactly("cannot read /proc/sys/kernel/hostname");
    }
}
