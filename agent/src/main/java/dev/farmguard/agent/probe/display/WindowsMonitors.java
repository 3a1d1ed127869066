package dev.farmguard.agent.probe.display;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.windows.CimJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses WmiMonitorConnectionParams rows (root\wmi, one per connected monitor) and maps the output
 * technology ({@code D3DKMDT_VIDEO_OUTPUT_TECHNOLOGY}) to a connection kind.
 */
public final class WindowsMonitors {

    /** A connected monitor. @param instanceId its PnP id, e.g. {@code DISPLAY\LEN40BA\4&1c1d4b1e&0&UID265988} */
    public record Monitor(String instanceId, long videoOutputTechnology) {
    }

    /** D3DKMDT_VOT_INTERNAL: the panel of a laptop or all-in-one. */
    static final long INTERNAL = 0x80000000L;

    private WindowsMonitors() {
    }

    public static List<Monitor> parse(JsonNode rows) {
        List<Monitor> monitors = new ArrayList<>();
        for (JsonNode row : CimJson.items(rows)) {
            String instance = instanceIdOf(CimJson.text(row, "InstanceName"));
            if (!instance.isEmpty() && CimJson.bool(row, "Active").orElse(true)) {
                monitors.add(new Monitor(instance, CimJson.number(row, "VideoOutputTechnology", -1) & 0xFFFFFFFFL));
            }
        }
        return monitors;
    }

    /** WMI instance names are the PnP id with a "_N" suffix: {@code DISPLAY\LEN40BA\4&...&UID265988_0}. */
    static String instanceIdOf(String wmiInstanceName) {
        return wmiInstanceName.replaceFirst("_\\d+$", "");
    }

    /**
     * The PnP id of a monitor interface path from EnumDisplayDevices
     * ({@code \\?\DISPLAY#LEN40BA#4&1c1d4b1e&0&UID265988#{e6f07b5f-...}}), upper case; empty if not one.
     */
    public static Optional<String> instanceIdOfInterface(String interfacePath) {
        String path = interfacePath.startsWith("\\\\?\\") ? interfacePath.substring(4) : interfacePath;
        String[] parts = path.split("#");
        if (parts.length < 3 || !parts[0].equalsIgnoreCase("DISPLAY")) {
            return Optional.empty();
        }
        return Optional.of(("DISPLAY\\" + parts[1] + "\\" + parts[2]).toUpperCase(Locale.ROOT));
    }

    /**
     * Internal: INTERNAL, LVDS (6), embedded DisplayPort (11), embedded UDI (13). Virtual: indirect virtual
     * displays (17). Unknown: uninitialized and "other" (-2, -1). Every other output (VGA, DVI, HDMI,
     * DisplayPort, Miracast, USB tunnels, indirect wired) is external.
     */
    public static DisplayConnectionKind kind(long videoOutputTechnology) {
        long vot = videoOutputTechnology & 0xFFFFFFFFL;
        if (vot == INTERNAL || vot == 6 || vot == 11 || vot == 13) {
            return DisplayConnectionKind.INTERNAL;
        }
        if (vot == 17) {
            return DisplayConnectionKind.VIRTUAL;
        }
        if (vot == 0xFFFFFFFFL || vot == 0xFFFFFFFEL) {
            return DisplayConnectionKind.UNKNOWN;
        }
        return DisplayConnectionKind.EXTERNAL;
    }
}
