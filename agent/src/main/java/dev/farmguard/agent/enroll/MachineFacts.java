package dev.farmguard.agent.enroll;

/**
 * What the agent tells the collector about its machine when it enrolls, so IT can tell which laptop holds
 * a device id. Never proof of identity: serials and UUIDs are not secret.
 */
public record MachineFacts(String hostname, String hardwareSerial, String hardwareUuid) {

    public static final MachineFacts UNKNOWN = new MachineFacts("", "", "");

    public MachineFacts {
        hostname = cut(hostname);
        hardwareSerial = cut(hardwareSerial);
        hardwareUuid = cut(hardwareUuid);
    }

    /** The collector accepts up to 255 characters per fact. */
    private static String cut(String s) {
        String v = s == null ? "" : s.strip();
        return v.length() > 255 ? v.substring(0, 255) : v;
    }
}
