package dev.farmguard.agent.probe.power;

/**
 * Power state.
 *
 * @param source         mains or battery
 * @param hasBattery     the device has a (system) battery
 * @param batteryPercent remaining charge 0..100, -1 if unknown
 * @param cycleCount     battery charge cycles, -1 if unknown
 * @param lid            lid position
 */
public record PowerInfo(PowerSourceKind source, boolean hasBattery, double batteryPercent, int cycleCount,
                        LidKind lid) {
}
