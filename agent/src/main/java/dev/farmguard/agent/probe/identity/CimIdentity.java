package dev.farmguard.agent.probe.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.windows.CimJson;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Parses the JSON of {@link WindowsIdentityProbe#SCRIPT} into an {@link IdentityInfo}. */
public final class CimIdentity {

    private CimIdentity() {
    }

    public static IdentityInfo parse(JsonNode root) {
        JsonNode cs = root.path("ComputerSystem");
        JsonNode product = root.path("Product");
        JsonNode os = root.path("OperatingSystem");
        String vendor = either(CimJson.text(cs, "Manufacturer"), CimJson.text(product, "Vendor"));
        String model = LinuxIdentityProbe.model(vendor, either(CimJson.text(cs, "Model"), CimJson.text(product, "Name")),
                CimJson.text(product, "Version"));
        String serial = either(CimJson.text(product, "IdentifyingNumber"), CimJson.text(root.path("Bios"), "SerialNumber"));
        int logical = 0;
        int cores = 0;
        String cpuModel = "";
        for (JsonNode cpu : CimJson.items(root.path("Processors"))) {
            cpuModel = cpuModel.isEmpty() ? CimJson.text(cpu, "Name") : cpuModel;
            cores += (int) CimJson.number(cpu, "NumberOfCores", 0);
            logical += (int) CimJson.number(cpu, "NumberOfLogicalProcessors", 0);
        }
        String build = CimJson.text(os, "BuildNumber");
        String ubr = CimJson.text(root, "UBR");
        return new IdentityInfo(
                either(CimJson.text(cs, "DNSHostName"), CimJson.text(cs, "Name")),
                vendor, model, serial,
                CimJson.text(product, "UUID").toLowerCase(Locale.ROOT),
                chassis(root, vendor, model),
                Platform.WINDOWS,
                osName(CimJson.text(os, "Caption")),
                CimJson.text(os, "Version"),
                build.isEmpty() || ubr.isEmpty() ? build : build + "." + ubr,
                cpuModel, logical, cores,
                Math.max(0, CimJson.number(cs, "TotalPhysicalMemory", 0)),
                CimJson.instant(os, "LastBootUpTime").orElse(null));
    }

    /**
     * The enclosure's SMBIOS chassis type (the first code that says something), else the coarser
     * PCSystemType of Win32_ComputerSystem; a hypervisor vendor or model wins over both.
     */
    static ChassisKind chassis(JsonNode root, String vendor, String model) {
        if (SmbiosChassis.isVirtualMachine(vendor, model)) {
            return ChassisKind.VIRTUAL;
        }
        for (JsonNode enclosure : CimJson.items(root.path("Enclosures"))) {
            List<Long> codes = CimJson.numbers(enclosure, "ChassisTypes");
            for (long code : codes) {
                ChassisKind kind = SmbiosChassis.fromCode((int) code);
                if (kind != ChassisKind.UNKNOWN && kind != ChassisKind.OTHER) {
                    return kind;
                }
            }
        }
        return pcSystemType(CimJson.number(root.path("ComputerSystem"), "PCSystemType", 0));
    }

    /** Win32_ComputerSystem.PCSystemType: 1 Desktop, 2 Mobile, 3 Workstation, 4/5/7 servers, 6 Appliance, 8 Slate. */
    static ChassisKind pcSystemType(long type) {
        return switch ((int) type) {
            case 1, 3 -> ChassisKind.DESKTOP;
            case 2, 8 -> ChassisKind.LAPTOP;
            case 4, 5, 7 -> ChassisKind.SERVER;
            case 6 -> ChassisKind.OTHER; // appliance PC
            default -> ChassisKind.UNKNOWN;
        };
    }

    /** "Microsoft Windows 11 Pro" is shown as "Windows 11 Pro". */
    static String osName(String caption) {
        return caption.startsWith("Microsoft ") ? caption.substring("Microsoft ".length()).trim() : caption;
    }

    private static String either(String preferred, String fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }
}
