package dev.farmguard.agent.probe.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.macos.SystemProfilerJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code system_profiler -json SPAirPortDataType}: the joined network of the interface whose status is
 * connected ({@code spairport_current_network_information}) and the networks of its last scan
 * ({@code spairport_airport_other_local_wireless_networks}). Since macOS 14.4 the names print as
 * {@code <redacted>} and no BSSID is printed unless the caller holds the Location Services permission, which
 * a launchd daemon cannot be granted; the channel and signal remain. A {@code spairport_network_bssid} is
 * read when present.
 */
public final class MacosWifi {

    static final String REDACTED = "<redacted>";
    private static final Pattern CHANNEL = Pattern.compile("^\\s*(\\d+)(?:\\s*\\((\\d)GHz)?");
    private static final Pattern DBM = Pattern.compile("^\\s*(-?\\d+)\\s*dBm");

    /** What the Wi-Fi report says. */
    public record Wifi(WifiInfo joined, List<AccessPointInfo> visible) {
    }

    private MacosWifi() {
    }

    public static Wifi parse(String json) {
        for (JsonNode top : SystemProfilerJson.items(json, "SPAirPortDataType")) {
            for (JsonNode iface : top.path("spairport_airport_interfaces")) {
                if (!SystemProfilerJson.text(iface, "spairport_status_information").endsWith("_connected")) {
                    continue;
                }
                JsonNode current = iface.path("spairport_current_network_information");
                WifiInfo joined = new WifiInfo(ssid(current), bssid(current), dbm(current), frequency(current));
                List<AccessPointInfo> visible = new ArrayList<>();
                for (JsonNode ap : iface.path("spairport_airport_other_local_wireless_networks")) {
                    visible.add(new AccessPointInfo(ssid(ap), bssid(ap), dbm(ap), frequency(ap)));
                }
                return new Wifi(joined, visible);
            }
        }
        return new Wifi(null, List.of());
    }

    private static String ssid(JsonNode network) {
        String name = SystemProfilerJson.text(network, "_name");
        return name.equals(REDACTED) ? "" : name;
    }

    private static String bssid(JsonNode network) {
        String bssid = SystemProfilerJson.text(network, "spairport_network_bssid").toLowerCase(Locale.ROOT);
        return bssid.matches("[0-9a-f]{1,2}(:[0-9a-f]{1,2}){5}") ? MacosRoutes.normalizeMac(bssid) : "";
    }

    private static int dbm(JsonNode network) {
        Matcher m = DBM.matcher(SystemProfilerJson.text(network, "spairport_signal_noise"));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** "149 (5GHz, 80MHz)" to 5745 MHz; a bare channel number is 2.4 GHz up to 14, else 5 GHz. */
    static int frequency(JsonNode network) {
        Matcher m = CHANNEL.matcher(SystemProfilerJson.text(network, "spairport_network_channel"));
        if (!m.find()) {
            return 0;
        }
        int channel = Integer.parseInt(m.group(1));
        String band = m.group(2) != null ? m.group(2) : channel <= 14 ? "2" : "5";
        return switch (band) {
            case "2" -> channel == 14 ? 2484 : 2407 + 5 * channel;
            case "5" -> 5000 + 5 * channel;
            case "6" -> 5950 + 5 * channel;
            default -> 0;
        };
    }
}
