package dev.farmguard.agent.probe.network;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses {@code /proc/net/arp}: IP address to MAC for complete entries. */
public final class ArpTable {

    private static final int ATF_COM = 0x2;
    private static final String NO_MAC = "00:00:00:00:00:00";

    private ArpTable() {
    }

    /** Complete entries (flag ATF_COM) keyed by "IP%interface"; MACs lower-case. */
    public static Map<String, String> parse(List<String> lines) {
        Map<String, String> macs = new HashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 6 || f[0].equals("IP")) {
                continue;
            }
            try {
                int flags = Integer.decode(f[2]);
                String mac = f[3].toLowerCase(Locale.ROOT);
                if ((flags & ATF_COM) != 0 && !mac.equals(NO_MAC)) {
                    macs.put(key(f[0], f[5]), mac);
                }
            } catch (NumberFormatException e) {
                // malformed row
            }
        }
        return macs;
    }

    /** Lookup key of {@link #parse}. */
    public static String key(String ip, String interfaceName) {
        return ip + "%" + interfaceName;
    }
}
