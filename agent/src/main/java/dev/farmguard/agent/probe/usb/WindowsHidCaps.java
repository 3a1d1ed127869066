package dev.farmguard.agent.probe.usb;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Tells absolute pointers from relative ones on Windows, where the report descriptor itself is not
 * available but the HID class driver's parsed form is: {@code HidP_GetCaps} fills a {@code HIDP_CAPS}
 * (64 bytes: top-level collection Usage at offset 0, UsagePage at 2, NumberInputValueCaps at 48) and
 * {@code HidP_GetValueCaps(HidP_Input)} an array of {@code HIDP_VALUE_CAPS} (72 bytes each: UsagePage
 * at 0, IsRange at 12, IsAbsolute at 15, Range.UsageMin/UsageMax or NotRange.Usage at 56/58), both as
 * laid out in {@code hidpi.h}. The rule is the one {@link HidReportDescriptor} applies to descriptors: a
 * top-level collection of usage Generic Desktop Pointer or Mouse, or of the Digitizer page, whose input
 * values carry both X and Y as absolute (or relative) values.
 */
public final class WindowsHidCaps {

    public static final int CAPS_BYTES = 64;
    public static final int VALUE_CAPS_BYTES = 72;
    /** Offset of NumberInputValueCaps in HIDP_CAPS. */
    public static final int NUMBER_INPUT_VALUE_CAPS_OFFSET = 48;

    private static final int PAGE_GENERIC_DESKTOP = 0x01;
    private static final int PAGE_DIGITIZER = 0x0D;
    private static final int USAGE_POINTER = 0x01;
    private static final int USAGE_MOUSE = 0x02;
    private static final int USAGE_X = 0x30;
    private static final int USAGE_Y = 0x31;

    private WindowsHidCaps() {
    }

    /** How many input value caps a HIDP_CAPS announces (0 for a short buffer). */
    public static int inputValueCapsCount(byte[] caps) {
        return caps.length < CAPS_BYTES ? 0 : le(caps).getShort(NUMBER_INPUT_VALUE_CAPS_OFFSET) & 0xFFFF;
    }

    /**
     * Classifies one top-level collection.
     *
     * @param caps        a HIDP_CAPS
     * @param valueCaps   HIDP_VALUE_CAPS of the input reports, back to back; a trailing partial one is ignored
     */
    public static HidReportDescriptor.Capabilities classify(byte[] caps, byte[] valueCaps) {
        if (caps.length < CAPS_BYTES) {
            return new HidReportDescriptor.Capabilities(false, false);
        }
        ByteBuffer top = le(caps);
        int usage = top.getShort(0) & 0xFFFF;
        int usagePage = top.getShort(2) & 0xFFFF;
        boolean pointerLike = usagePage == PAGE_DIGITIZER
                || usagePage == PAGE_GENERIC_DESKTOP && (usage == USAGE_POINTER || usage == USAGE_MOUSE);
        if (!pointerLike) {
            return new HidReportDescriptor.Capabilities(false, false);
        }
        boolean absX = false;
        boolean absY = false;
        boolean relX = false;
        boolean relY = false;
        ByteBuffer values = le(valueCaps);
        for (int at = 0; at + VALUE_CAPS_BYTES <= valueCaps.length; at += VALUE_CAPS_BYTES) {
            if ((values.getShort(at) & 0xFFFF) != PAGE_GENERIC_DESKTOP) {
                continue;
            }
            boolean range = values.get(at + 12) != 0;
            boolean absolute = values.get(at + 15) != 0;
            int min = values.getShort(at + 56) & 0xFFFF;
            int max = range ? values.getShort(at + 58) & 0xFFFF : min;
            boolean x = min <= USAGE_X && USAGE_X <= max;
            boolean y = min <= USAGE_Y && USAGE_Y <= max;
            if (absolute) {
                absX |= x;
                absY |= y;
            } else {
                relX |= x;
                relY |= y;
            }
        }
        return new HidReportDescriptor.Capabilities(absX && absY, relX && relY);
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
