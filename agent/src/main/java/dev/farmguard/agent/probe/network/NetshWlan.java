package dev.farmguard.agent.probe.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code netsh wlan show interfaces} and {@code netsh wlan show networks mode=bssid} (English
 * labels; {@code AP BSSID} on Windows 11, {@code BSSID} on Windows 10). netsh gives signal quality in
 * percent, which Windows derives linearly from -100..-50 dBm, so dBm = percent / 2 - 100; the frequency
 * is the centre of the channel in the band (2.4 GHz when no band is printed and the channel is 1..14).
 */
public final class NetshWlan {

    private static final Pattern FIELD = Pattern.compile("^\\s*([^:]+?)\\s*:\\s?(.*)$");
    private static final Pattern SSID_HEADER = Pattern.compile("^SSID \\d+ : ?(.*)$");
    private static final Pattern BSSID_LINE = Pattern.compile("^\\s+BSSID \\d+\\s*: ((?:[0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2})\\s*$");
    private static final Pattern MAC = Pattern.compile("(?:[0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}");

    private NetshWlan() {
    }

    /** The joined network of the first connected interface, empty when none is connected. */
    public static Optional<WifiInfo> joined(List<String> lines) {
        String state = "";
        String ssid = "";
        String bssid = "";
        String signal = "";
        String channel = "";
        String band = "";
        for (String line : lines) {
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).trim();
            if (key.equals("name") && state.equals("connected")) {
                break; // the next interface begins; the first connected one wins
            }
            switch (key) {
                case "name" -> {
                    state = "";
                    ssid = "";
                    bssid = "";
                    signal = "";
                    channel = "";
                    band = "";
                }
                case "state" -> state = value.toLowerCase(Locale.ROOT);
                case "ssid" -> ssid = value;
                case "ap bssid", "bssid" -> bssid = MAC.matcher(value).matches() ? value.toLowerCase(Locale.ROOT) : "";
                case "signal" -> signal = value;
                case "channel" -> channel = value;
                case "band" -> band = value;
                default -> { } // other fields are not reported
            }
        }
        if (!state.equals("connected")) {
            return Optional.empty();
        }
        return Optional.of(new WifiInfo(ssid, bssid, dbm(signal), frequencyMhz(channel, band)));
    }

    /** Every BSSID of the scan, under the SSID it announces ("" for hidden networks). */
    public static List<AccessPointInfo> accessPoints(List<String> lines) {
        List<AccessPointInfo> points = new ArrayList<>();
        String ssid = "";
        String bssid = null;
        String signal = "";
        String channel = "";
        String band = "";
        for (String line : lines) {
            Matcher header = SSID_HEADER.matcher(line);
            Matcher bssidLine = BSSID_LINE.matcher(line);
            if (header.matches() || bssidLine.matches()) {
                if (bssid != null) {
                    points.add(new AccessPointInfo(ssid, bssid, dbm(signal), frequencyMhz(channel, band)));
                }
                bssid = bssidLine.matches() ? bssidLine.group(1).toLowerCase(Locale.ROOT) : null;
                signal = "";
                channel = "";
                band = "";
                if (header.matches()) {
                    ssid = header.group(1).trim();
                }
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (bssid != null && field.matches()) {
                switch (field.group(1).toLowerCase(Locale.ROOT)) {
                    case "signal" -> signal = field.group(2).trim();
                    case "channel" -> channel = field.group(2).trim();
                    case "band" -> band = field.group(2).trim();
                    default -> { } // rates, load, radio type
                }
            }
        }
        if (bssid != null) {
            points.add(new AccessPointInfo(ssid, bssid, dbm(signal), frequencyMhz(channel, band)));
        }
        return points;
    }

    /** "96%" is -52 dBm; 0 when unknown. */
    static int dbm(String signal) {
        String digits = signal.replace("%", "").trim();
        if (!digits.matches("\\d{1,3}")) {
            return 0;
        }
        int percent = Math.min(100, Integer.parseInt(digits));
        return percent / 2 - 100;
    }

    /** Channel centre frequency in MHz for the band ("2.4 GHz", "5 GHz", "6 GHz"); 0 when unknown. */
    static int frequencyMhz(String channelText, String band) {
        String digits = channelText.trim();
        if (!digits.matches("\\d{1,3}")) {
            return 0;
        }
        int channel = Integer.parseInt(digits);
        String b = band.replace(" ", "").toLowerCase(Locale.ROOT);
        if (b.startsWith("6")) {
            return 5950 + 5 * channel;
        }
        if (b.startsWith("5") || b.isEmpty() && channel > 14) {
            return 5000 + 5 * channel;
        }
        if (channel == 14) {
            return 2484;
        }
        return channel >= 1 && channel <= 13 ? 2407 + 5 * channel : 0;
    }
}
