package dev.farmguard.collector.model;

import java.time.Instant;

/** Hardware and operating-system identity of a device. Unknown strings are empty, unknown numbers 0. */
public record Identity(
        String hostname,
        String hardwareVendor,
        String hardwareModel,
        String hardwareSerial,
        String hardwareUuid,
        Chassis chassis,
        OsFamily osFamily,
        String osName,
        String osVersion,
        String osBuild,
        String cpuModel,
        int logicalCpus,
        int physicalCpus,
        long totalMemoryBytes,
        Instant bootTime) {

    public enum Chassis { UNKNOWN, LAPTOP, DESKTOP, SERVER, VIRTUAL, OTHER }

    public enum OsFamily { UNKNOWN, WINDOWS, MACOS, LINUX }
}
