package dev.farmguard.agent.probe.power;

/**
 * Decodes {@code SYSTEM_POWER_STATUS} ({@code winbase.h}, 12 bytes): ACLineStatus (0 offline, 1 online,
 * 255 unknown), BatteryFlag (bit 128 = no system battery, 255 = unknown), BatteryLifePercent (0..100,
 * 255 unknown), SystemStatusFlag, BatteryLifeTime and BatteryFullLifeTime (seconds).
 */
public final class SystemPowerStatus {

    public static final int BYTES = 12;
    private static final int NO_SYSTEM_BATTERY = 128;
    private static final int UNKNOWN = 255;

    /** The decoded fields the agent reports. @param batteryPercent -1 if unknown */
    public record Status(PowerSourceKind source, boolean hasBattery, double batteryPercent) {
    }

    private SystemPowerStatus() {
    }

    public static Status parse(byte[] bytes) {
        if (bytes.length < 3) {
            return new Status(PowerSourceKind.UNKNOWN, false, -1);
        }
        int ac = bytes[0] & 0xFF;
        int flag = bytes[1] & 0xFF;
        int percent = bytes[2] & 0xFF;
        boolean battery = flag != UNKNOWN && (flag & NO_SYSTEM_BATTERY) == 0;
        PowerSourceKind source = switch (ac) {
            case 0 -> PowerSourceKind.BATTERY;
            case 1 -> PowerSourceKind.AC;
            default -> PowerSourceKind.UNKNOWN;
        };
        return new Status(source, battery, battery && percent <= 100 ? percent : -1);
    }
}
