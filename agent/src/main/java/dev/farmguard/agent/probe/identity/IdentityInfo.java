package dev.farmguard.agent.probe.identity;

import dev.farmguard.agent.probe.Platform;
import java.time.Instant;

/**
 * Hardware and OS identity. Strings are "" when unknown, counts 0, {@code bootTime} null.
 *
 * @param osBuild kernel release on Linux, build number elsewhere
 * @param totalMemoryBytes total physical memory in bytes
 */
public record IdentityInfo(
        String hostname,
        String hardwareVendor,
        String hardwareModel,
        String hardwareSerial,
        String hardwareUuid,
        ChassisKind chassis,
        Platform osFamily,
        String osName,
        String osVersion,
        String osBuild,
        String cpuModel,
        int logicalCpus,
        int physicalCpus,
        long totalMemoryBytes,
        Instant bootTime) {
}
