package dev.farmguard.agent.probe.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code /proc/net/wireless}: two header lines, then one line per wireless interface,
 * {@code wlp2s0: 0000   54.  -56.  -256 ...} (status, link quality, signal level, noise). Tells which
 * interfaces are wireless and the joined link's signal in dBm (0 when the driver reports none).
 */
public final class ProcNetWireless {

    private ProcNetWireless() {
    }

    /** Signal level in dBm by interface name. */
    public static Map<String, Integer> parse(List<String> lines) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0 || line.contains("|")) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String[] fields = line.substring(colon + 1).trim().split("\\s+");
            int level = 0;
            if (fields.length >= 3) {
                double value = WifiText.leadingNumber(fields[2]);
                level = Double.isNaN(value) || value >= 0 ? 0 : (int) Math.round(value);
            }
            if (!name.isEmpty()) {
                levels.put(name, level);
            }
        }
        return levels;
    }
}
