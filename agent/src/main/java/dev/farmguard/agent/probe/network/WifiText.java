package dev.farmguard.agent.probe.network;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Small helpers shared by the Wi-Fi output parsers. */
final class WifiText {

    private WifiText() {
    }

    /** A MAC in lower-case colon hex, or "" when the text is not one. */
    static String mac(String text) {
        String mac = text.trim().toLowerCase(Locale.ROOT);
        return mac.matches("[0-9a-f]{2}(:[0-9a-f]{2}){5}") ? mac : "";
    }

    /** Undoes iw's SSID escaping ({@code \xNN} for unprintable bytes, {@code \\} for a backslash); UTF-8. */
    static String unescapeSsid(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\\' && i + 3 < raw.length && raw[i + 1] == 'x' && hex(raw[i + 2]) >= 0
                    && hex(raw[i + 3]) >= 0) {
                bytes.write(hex(raw[i + 2]) * 16 + hex(raw[i + 3]));
                i += 3;
            } else if (raw[i] == '\\' && i + 1 < raw.length && raw[i + 1] == '\\') {
                bytes.write('\\');
                i++;
            } else {
                bytes.write(raw[i]);
            }
        }
        String ssid = bytes.toString(StandardCharsets.UTF_8);
        return ssid.chars().allMatch(c -> c == 0) ? "" : ssid;
    }

    /** Leading number of e.g. "5180", "5180.0", "-56.00 dBm", "5180 MHz"; NaN when none. */
    static double leadingNumber(String text) {
        String t = text.trim();
        int end = 0;
        while (end < t.length() && (Character.isDigit(t.charAt(end)) || t.charAt(end) == '.' || (end == 0 && t.charAt(0) == '-'))) {
            end++;
        }
        try {
            return end == 0 ? Double.NaN : Double.parseDouble(t.substring(0, end));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }
}
