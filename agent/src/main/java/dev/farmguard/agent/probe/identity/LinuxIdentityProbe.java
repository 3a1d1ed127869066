package dev.farmguard.agent.probe.identity;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.ShellVariables;
import dev.farmguard.agent.probe.SoftFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Linux identity: host name and kernel from {@code /proc/sys/kernel}, vendor/model/serial/uuid and
 * chassis from {@code /sys/class/dmi/id} (serial and uuid are root-only there; OSHI's values fill gaps),
 * OS from {@code /etc/os-release}, CPU, memory and boot time from OSHI (read once).
 */
public final class LinuxIdentityProbe implements IdentityProbe {

    private final Path root;
    private final Supplier<HardwareFacts> facts;

    /**
     * @param root  filesystem root ("/" live, a temp dir in tests)
     * @param facts static facts from OSHI, memoized by the caller
     */
    public LinuxIdentityProbe(Path root, Supplier<HardwareFacts> facts) {
        this.root = root;
        this.facts = facts;
    }

    @Override
    public IdentityInfo collect(ProbeWarnings warnings) {
        HardwareFacts oshi = facts.get();
        Path dmi = OsPaths.under(root, "/sys/class/dmi/id");
        String vendor = either(read(dmi.resolve("sys_vendor")), oshi.vendor());
        String model = either(model(vendor, read(dmi.resolve("product_name")), read(dmi.resolve("product_version"))),
                oshi.model());
        String serial = either(read(dmi.resolve("product_serial")), oshi.serial());
        String uuid = either(read(dmi.resolve("product_uuid")), oshi.uuid()).toLowerCase(Locale.ROOT);
        ChassisKind chassis = SmbiosChassis.classify(read(dmi.resolve("chassis_type")), vendor, model);

        String hostname = read(OsPaths.under(root, "/proc/sys/kernel/hostname"));
        if (hostname.isEmpty()) {
            warnings.warn("cannot read /proc/sys/kernel/hostname");
        }
        Map<String, String> os = osRelease();
        return new IdentityInfo(hostname, vendor, model, serial, uuid, chassis, Platform.LINUX,
                os.getOrDefault("NAME", "Linux"),
                either(os.getOrDefault("VERSION_ID", ""), os.getOrDefault("VERSION", "")),
                read(OsPaths.under(root, "/proc/sys/kernel/osrelease")),
                oshi.cpuModel(), oshi.logicalCpus(), oshi.physicalCpus(), oshi.totalMemoryBytes(), oshi.bootTime());
    }

    /** Lenovo keeps the machine type in product_name and the marketing name ("ThinkPad T14") in product_version. */
    static String model(String vendor, String productName, String productVersion) {
        boolean lenovo = vendor.toUpperCase(Locale.ROOT).startsWith("LENOVO");
        if (lenovo && !productVersion.isEmpty() && !productVersion.equalsIgnoreCase("none")) {
            return productVersion;
        }
        return productName;
    }

    private Map<String, String> osRelease() {
        List<String> lines = SoftFiles.readLines(OsPaths.under(root, "/etc/os-release"));
        if (lines.isEmpty()) {
            lines = SoftFiles.readLines(OsPaths.under(root, "/usr/lib/os-release"));
        }
        return ShellVariables.parse(lines);
    }

    private static String read(Path file) {
        return SoftFiles.readTrimmed(file);
    }

    private static String either(String preferred, String fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }
}
