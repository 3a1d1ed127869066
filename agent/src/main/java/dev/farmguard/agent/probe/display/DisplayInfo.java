package dev.farmguard.agent.probe.display;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One display output and the monitor behind it.
 *
 * @param edid      raw EDID (128 bytes per block), empty when the OS gave none; copied in and out
 * @param connector OS name of the output, e.g. "card0-HDMI-A-1"
 * @param connected a monitor is plugged in (hot-plug detect)
 * @param active    the OS drives the output (part of the desktop)
 * @param widthPx   current mode width, 0 if unknown
 * @param heightPx  current mode height, 0 if unknown
 */
public record DisplayInfo(
        byte[] edid,
        String connector,
        DisplayConnectionKind connection,
        boolean connected,
        boolean active,
        int widthPx,
        int heightPx) {

    public DisplayInfo {
        edid = edid.clone();
    }

    @Override
    public byte[] edid() {
        return edid.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisplayInfo that
                && Arrays.equals(edid, that.edid)
                && connector.equals(that.connector)
                && connection == that.connection
                && connected == that.connected
                && active == that.active
                && widthPx == that.widthPx
                && heightPx == that.heightPx;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edid) + connector.hashCode();
    }

    @Override
    public String toString() {
        return "DisplayInfo[connector=" + connector + ", connection=" + connection + ", connected=" + connected
                + ", active=" + active + ", " + widthPx + "x" + heightPx + ", edid=" + HexFormat.of().formatHex(edid) + "]";
    }
}
