package dev.farmguard.collector.detect;

import java.util.Locale;

/** MAC addresses as the model writes them: lower-case colon hex. */
public final class Macs {

    private static final java.util.regex.Pattern MAC = java.util.regex.Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");

    private Macs() {}

    /** {@code AA-BB-CC-DD-EE-FF} or {@code aa:bb:...} to {@code aa:bb:cc:dd:ee:ff}; throws on anything else. */
    public static String normalize(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', ':');
        if (!MAC.matcher(s).matches()) {
            throw new IllegalArgumentException("not a MAC address like aa:bb:cc:dd:ee:ff: '" + text + "'");
        }
        return s;
    }

    /** A MAC that identifies one physical device: well-formed, not all zeros, not broadcast or multicast. */
    public static boolean isUsable(String mac) {
        if (mac == null) {
            return false;
        }
        String s = mac.trim().toLowerCase(Locale.ROOT).replace('-', ':');
        if (!MAC.matcher(s).matches() || s.equals("00:00:00:00:00:00") || s.equals("ff:ff:ff:ff:ff:ff")) {
            return false;
        }
        return (Integer.parseInt(s.substring(0, 2), 16) & 1) == 0;
    }

    /** Same as {@link #normalize} for usable MACs, else null. */
    public static String usableOrNull(String mac) {
        return isUsable(mac) ? normalize(mac) : null;
    }
}
