package dev.farmguard.collector.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the base block (the first 128 bytes) of an EDID, and the features of its extensions
 * ({@link EdidFeaturesDecoder}), following VESA E-EDID 1.3/1.4 as the reference
 * decoder {@code edid-decode} reads it. Garbage and truncated input give a failed {@link EdidDecodeResult};
 * a bad checksum does not (real monitors ship with wrong checksums) but is reported in the info.
 */
public final class EdidDecoder {

    static final int BLOCK = 128;
    private static final byte[] HEADER = {0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF, 0};
    private static final int DESCRIPTORS_START = 54;
    private static final int DESCRIPTOR_LENGTH = 18;
    private static final int TAG_SERIAL_TEXT = 0xFF;
    private static final int TAG_UNSPECIFIED_TEXT = 0xFE;
    private static final int TAG_MONITOR_NAME = 0xFC;

    private EdidDecoder() {
    }

    public static EdidDecodeResult decode(byte[] edid) {
        if (edid == null || edid.length == 0) {
            return EdidDecodeResult.failure("no EDID");
        }
        if (edid.length < BLOCK) {
            return EdidDecodeResult.failure("truncated EDID: " + edid.length + " bytes, a base block has 128");
        }
        for (int i = 0; i < HEADER.length; i++) {
            if (edid[i] != HEADER[i]) {
                return EdidDecodeResult.failure("not an EDID: the 8-byte header 00 FF FF FF FF FF FF 00 is missing");
            }
        }
        String monitorName = "";
        String serialText = "";
        List<String> unspecified = new ArrayList<>();
        for (int offset = DESCRIPTORS_START; offset < DESCRIPTORS_START + 4 * DESCRIPTOR_LENGTH;
             offset += DESCRIPTOR_LENGTH) {
            // A display descriptor starts with a zero pixel clock; anything else is a detailed timing.
            if (u8(edid, offset) != 0 || u8(edid, offset + 1) != 0) {
                continue;
            }
            int tag = u8(edid, offset + 3);
            String text = descriptorText(edid, offset + 5);
            // The first non-empty name/serial wins: some monitors put an empty descriptor before the real one.
            if (tag == TAG_MONITOR_NAME && monitorName.isEmpty()) {
                monitorName = text;
            } else if (tag == TAG_SERIAL_TEXT && serialText.isEmpty()) {
                serialText = text;
            } else if (tag == TAG_UNSPECIFIED_TEXT) {
                unspecified.add(text);
            }
        }
        // Only both bytes non-zero give a size; one zero byte is an aspect ratio (1.4) or nothing (1.3).
        boolean hasSize = u8(edid, 21) != 0 && u8(edid, 22) != 0;
        int week = u8(edid, 16);
        int year = u8(edid, 17) + 1990;
        boolean modelYear = week == 0xFF;
        return EdidDecodeResult.success(new EdidInfo(
                pnpId(u8(edid, 8) << 8 | u8(edid, 9)),
                u8(edid, 10) | u8(edid, 11) << 8,
                (long) u8(edid, 12) | (long) u8(edid, 13) << 8 | (long) u8(edid, 14) << 16 | (long) u8(edid, 15) << 24,
                modelYear ? 0 : week,
                year,
                modelYear,
                u8(edid, 18),
                u8(edid, 19),
                (u8(edid, 20) & 0x80) != 0,
                hasSize ? u8(edid, 21) : 0,
                hasSize ? u8(edid, 22) : 0,
                monitorName,
                serialText,
                unspecified,
                u8(edid, 126),
                checksumValid(edid),
                EdidFeaturesDecoder.decode(edid)));
    }

    /** Three 5-bit letters, 1 = 'A'; out-of-range values map to '@' and '['..'_' as edid-decode prints them. */
    static String pnpId(int packed) {
        char[] letters = {
                (char) ('@' + ((packed >> 10) & 0x1F)),
                (char) ('@' + ((packed >> 5) & 0x1F)),
                (char) ('@' + (packed & 0x1F))};
        return new String(letters);
    }

    /**
     * The 13 text bytes of a descriptor, up to the line feed or the first byte that is not printable ASCII (as
     * edid-decode reads them), trailing spaces dropped.
     */
    private static String descriptorText(byte[] edid, int start) {
        StringBuilder sb = new StringBuilder(13);
        for (int i = start; i < start + 13; i++) {
            int c = u8(edid, i);
            if (c < 0x20 || c > 0x7E) {
                break;
            }
            sb.append((char) c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    private static boolean checksumValid(byte[] edid) {
        int sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += u8(edid, i);
        }
        return (sum & 0xFF) == 0;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }
}
