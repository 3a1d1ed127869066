package dev.farmguard.agent.probe.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses {@code iw dev IF link} and {@code iw dev IF scan dump} (iw's human output; stable for years).
 * link: {@code Connected to 24:a4:3c:12:34:56 (on wlp2s0)} then tab-indented {@code SSID:}, {@code freq:},
 * {@code signal: -56 dBm}; "Not connected." when not joined. scan dump: one block per
 * {@code BSS 24:a4:3c:12:34:56(on wlp2s0) -- associated} with {@code freq:}, {@code signal: -56.00 dBm},
 * {@code SSID:} lines (frequencies may carry a decimal part in newer iw).
 */
public final class IwOutput {

    private IwOutput() {
    }

    public static Optional<WifiInfo> parseLink(String output) {
        String bssid = "";
        String ssid = "";
        int freq = 0;
        int signal = 0;
        for (String raw : output.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("Connected to ")) {
                String[] words = line.split("\\s+");
                bssid = words.length > 2 ? WifiText.mac(words[2]) : "";
            } else if (line.startsWith("SSID:")) {
                ssid = WifiText.unescapeSsid(line.substring(5).trim());
            } else if (line.startsWith("freq:")) {
                freq = whole(line.substring(5));
            } else if (line.startsWith("signal:")) {
                signal = whole(line.substring(7));
            }
        }
        return bssid.isEmpty() ? Optional.empty() : Optional.of(new WifiInfo(ssid, bssid, signal, freq));
    }

    public static List<AccessPointInfo> parseScan(String output) {
        List<AccessPointInfo> found = new ArrayList<>();
        String bssid = null;
        String ssid = "";
        int freq = 0;
        int signal = 0;
        for (String raw : output.split("\n")) {
            if (raw.startsWith("BSS ")) {
                add(found, bssid, ssid, signal, freq);
                String address = raw.substring(4);
                int paren = address.indexOf('(');
                bssid = WifiText.mac(paren > 0 ? address.substring(0, paren) : address.split("\\s+")[0]);
                ssid = "";
                freq = 0;
                signal = 0;
                continue;
            }
            String line = raw.trim();
            if (line.startsWith("SSID:") && ssid.isEmpty()) {
                ssid = WifiText.unescapeSsid(line.substring(5).trim());
            } else if (line.startsWith("freq:")) {
                freq = whole(line.substring(5));
            } else if (line.startsWith("signal:")) {
                signal = whole(line.substring(7));
            }
        }
        add(found, bssid, ssid, signal, freq);
        return found;
    }

    private static void add(List<AccessPointInfo> found, String bssid, String ssid, int signal, int freq) {
        if (bssid != null && !bssid.isEmpty()) {
            found.add(new AccessPointInfo(ssid, bssid, signal, freq));
        }
    }

    private static int whole(String text) {
        double value = WifiText.leadingNumber(text);
        return Double.isNaN(value) ? 0 : (int) Math.round(value);
    }
}
