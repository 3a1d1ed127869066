package dev.farmguard.agent.probe.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code nmcli -t -f ACTIVE,SSID,BSSID,SIGNAL,FREQ device wifi list --rescan no}: terse lines whose
 * fields are joined by ':' with ':' and '\' inside a field escaped by a backslash, e.g.
 * {@code yes:HomeNet:24\:A4\:3C\:12\:34\:56:70:5180 MHz}. NetworkManager reports signal as a 0-100 quality
 * it derived from dBm ({@code q = 100 - (-40 - dBm) * 100 / 60}, clamped to -100..-40 dBm), so dBm is
 * recovered as {@code q * 0.6 - 100}: exact within a dBm inside that range, clamped outside it.
 */
public final class NmcliWifi {

    /** One scan row; {@code active} marks the network the device is joined to. */
    public record Row(boolean active, AccessPointInfo accessPoint) {
    }

    private NmcliWifi() {
    }

    public static List<Row> parse(String output) {
        List<Row> rows = new ArrayList<>();
        for (String line : output.split("\n")) {
            List<String> fields = split(line);
            if (fields.size() < 5) {
                continue;
            }
            String bssid = WifiText.mac(fields.get(2));
            if (bssid.isEmpty()) {
                continue;
            }
            double quality = WifiText.leadingNumber(fields.get(3));
            double freq = WifiText.leadingNumber(fields.get(4));
            rows.add(new Row(fields.get(0).equals("yes") || fields.get(0).equals("*"),
                    new AccessPointInfo(fields.get(1), bssid, Double.isNaN(quality) ? 0 : qualityToDbm(quality),
                            Double.isNaN(freq) ? 0 : (int) Math.round(freq))));
        }
        return rows;
    }

    /** Inverse of NetworkManager's dBm-to-quality mapping. */
    static int qualityToDbm(double quality) {
        double q = Math.max(0, Math.min(100, quality));
        return (int) Math.round(q * 0.6 - 100);
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
