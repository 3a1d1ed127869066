package dev.farmguard.agent.probe.display;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the two user32 structures the desktop topology is read from, as laid out in {@code wingdi.h}:
 * {@code DISPLAY_DEVICEW} (840 bytes: cb, DeviceName WCHAR[32] at 4, DeviceString WCHAR[128] at 68,
 * StateFlags at 324, DeviceID WCHAR[128] at 328, DeviceKey WCHAR[128] at 584) and {@code DEVMODEW}
 * (220 bytes, dmSize at 68, dmPelsWidth at 172, dmPelsHeight at 176).
 */
public final class DisplayDeviceStructs {

    public static final int DISPLAY_DEVICE_BYTES = 840;
    public static final int DEVMODE_BYTES = 220;
    public static final int DEVMODE_SIZE_OFFSET = 68;
    /** Adapter flag: part of the desktop; monitor flag: active. Same bit. */
    public static final int ATTACHED_OR_ACTIVE = 0x1;
    public static final int MIRRORING_DRIVER = 0x8;

    /** One DISPLAY_DEVICEW. */
    public record DisplayDevice(String name, String description, int stateFlags, String deviceId) {
    }

    private DisplayDeviceStructs() {
    }

    public static DisplayDevice displayDevice(byte[] bytes) {
        if (bytes.length < DISPLAY_DEVICE_BYTES) {
            return new DisplayDevice("", "", 0, "");
        }
        return new DisplayDevice(wide(bytes, 4, 32), wide(bytes, 68, 128), le(bytes).getInt(324),
                wide(bytes, 328, 128));
    }

    /** {width, height} of a DEVMODEW, zeros for a short buffer. */
    public static int[] pels(byte[] devmode) {
        if (devmode.length < DEVMODE_BYTES) {
            return new int[] {0, 0};
        }
        ByteBuffer b = le(devmode);
        return new int[] {b.getInt(172), b.getInt(176)};
    }

    private static String wide(byte[] bytes, int offset, int chars) {
        String text = new String(bytes, offset, chars * 2, StandardCharsets.UTF_16LE);
        int nul = text.indexOf('\0');
        return nul < 0 ? text : text.substring(0, nul);
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
