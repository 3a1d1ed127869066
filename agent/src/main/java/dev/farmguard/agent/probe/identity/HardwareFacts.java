package dev.farmguard.agent.probe.identity;

import java.time.Instant;
import java.util.Locale;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.ComputerSystem;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * Facts that do not change while the agent runs, read once through OSHI (Linux readers prefer sysfs and
 * fall back to these).
 */
public record HardwareFacts(
        String vendor,
        String model,
        String serial,
        String uuid,
        String cpuModel,
        int logicalCpus,
        int physicalCpus,
        long totalMemoryBytes,
        Instant bootTime) {

    /** Reads the facts through OSHI; OSHI's "unknown" sentinels become "". */
    public static HardwareFacts read(SystemInfo systemInfo) {
        HardwareAbstractionLayer hardware = systemInfo.getHardware();
        ComputerSystem system = hardware.getComputerSystem();
        CentralProcessor cpu = hardware.getProcessor();
        long bootSeconds = systemInfo.getOperatingSystem().getSystemBootTime();
        return new HardwareFacts(
                known(system.getManufacturer()),
                known(system.getModel()),
                known(system.getSerialNumber()),
                known(system.getHardwareUUID()),
                known(cpu.getProcessorIdentifier().getName()),
                cpu.getLogicalProcessorCount(),
                cpu.getPhysicalProcessorCount(),
                hardware.getMemory().getTotal(),
                bootSeconds > 0 ? Instant.ofEpochSecond(bootSeconds) : null);
    }

    /** "" for null, blank and OSHI's "unknown" sentinel; the trimmed value otherwise. */
    static String known(String value) {
        if (value == null) {
            return "";
        }
        String trimmed = value.trim();
        return trimmed.toLowerCase(Locale.ROOT).equals("unknown") ? "" : trimmed;
    }
}
