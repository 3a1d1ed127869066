package dev.farmguard.collector.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link EdidFeatures} from a whole EDID: the first detailed timing of the base block, every CTA-861
 * extension block's data blocks (CTA-861-G section 7.5) and the header of a DisplayID extension. Lenient like
 * {@link EdidDecoder}: a data block running past its extension is cut, a truncated extension is skipped.
 */
final class EdidFeaturesDecoder {

    private static final int TAG_CTA = 0x02;
    private static final int TAG_DISPLAYID = 0x70;
    private static final int BLOCK_AUDIO = 1;
    private static final int BLOCK_VIDEO = 2;
    private static final int BLOCK_VENDOR = 3;
    private static final int BLOCK_SPEAKERS = 4;
    private static final int AUDIO_LPCM = 1;
    /** Microsoft's "EDID extension for head-mounted and specialized monitors" vendor block. */
    static final int OUI_MICROSOFT_HMD = 0xCA125C;
    /** DisplayID 2.0 primary use cases 7 (head-mounted VR) and 8 (head-mounted AR). */
    private static final int USE_CASE_HMD_VR = 7;
    private static final int USE_CASE_HMD_AR = 8;
    /** CTA-861 audio format codes 2..15 (1 is linear PCM). */
    private static final String[] AUDIO_FORMATS = {"", "LPCM", "AC-3", "MPEG-1", "MP3", "MPEG-2", "AAC", "DTS",
            "ATRAC", "One Bit Audio", "Enhanced AC-3", "DTS-HD", "MAT", "DST", "WMA Pro", "extended"};

    private EdidFeaturesDecoder() {
    }

    /** Features of a full EDID whose base block has already been validated (header, length >= 128). */
    static EdidFeatures decode(byte[] edid) {
        int width = 0;
        int height = 0;
        boolean interlaced = false;
        if (u8(edid, 54) != 0 || u8(edid, 55) != 0) {
            width = u8(edid, 56) | (u8(edid, 58) & 0xF0) << 4;
            height = u8(edid, 59) | (u8(edid, 61) & 0xF0) << 4;
            interlaced = (u8(edid, 71) & 0x80) != 0;
        }
        Cta cta = new Cta();
        for (int start = EdidDecoder.BLOCK; start + EdidDecoder.BLOCK <= edid.length; start += EdidDecoder.BLOCK) {
            int tag = u8(edid, start);
            if (tag == TAG_CTA) {
                cta.blocks++;
                readCta(edid, start, cta);
            } else if (tag == TAG_DISPLAYID && u8(edid, start + 1) >= 0x20) {
                int useCase = u8(edid, start + 3) & 0x0F;
                cta.headMounted |= useCase == USE_CASE_HMD_VR || useCase == USE_CASE_HMD_AR;
            }
        }
        return new EdidFeatures(width, height, interlaced, cta.blocks, cta.vics, cta.pcmChannels, cta.compressed,
                cta.speakers, cta.headMounted);
    }

    /** What the CTA blocks declare, gathered over all of them. */
    private static final class Cta {
        int blocks;
        final List<Integer> vics = new ArrayList<>();
        int pcmChannels;
        final List<String> compressed = new ArrayList<>();
        int speakers;
        boolean headMounted;
    }

    private static void readCta(byte[] edid, int start, Cta cta) {
        int dtdOffset = u8(edid, start + 2);
        // data blocks sit between byte 4 and the first detailed timing; offset 0 means "no data blocks"
        int end = dtdOffset == 0 ? start + 4 : start + Math.min(dtdOffset, 127);
        int i = start + 4;
        while (i < end) {
            int tag = u8(edid, i) >> 5;
            int length = u8(edid, i) & 0x1F;
            int body = i + 1;
            int bodyEnd = Math.min(body + length, end);
            switch (tag) {
                case BLOCK_AUDIO -> {
                    for (int s = body; s + 3 <= bodyEnd; s += 3) {
                        int format = (u8(edid, s) >> 3) & 0x0F;
                        int channels = (u8(edid, s) & 0x07) + 1;
                        if (format == AUDIO_LPCM) {
                            cta.pcmChannels = Math.max(cta.pcmChannels, channels);
                        } else if (format != 0 && !cta.compressed.contains(AUDIO_FORMATS[format])) {
                            cta.compressed.add(AUDIO_FORMATS[format]);
                        }
                    }
                }
                case BLOCK_VIDEO -> {
                    for (int s = body; s < bodyEnd; s++) {
                        int v = u8(edid, s);
                        // 129..192 are VICs 1..64 flagged native (CTA-861-F); 0 and 128 are reserved
                        int vic = v >= 129 && v <= 192 ? v & 0x7F : v;
                        if (vic != 0 && vic != 128) {
                            cta.vics.add(vic);
                        }
                    }
                }
                case BLOCK_VENDOR -> {
                    if (bodyEnd - body >= 3) {
                        int oui = u8(edid, body) | u8(edid, body + 1) << 8 | u8(edid, body + 2) << 16;
                        cta.headMounted |= oui == OUI_MICROSOFT_HMD;
                    }
                }
                case BLOCK_SPEAKERS -> {
                    if (bodyEnd > body) {
                        cta.speakers |= u8(edid, body);
                    }
                }
                default -> {
                    // other blocks (colorimetry, HDR, extended tags) say nothing about the kind of sink
                }
            }
            i = body + length;
        }
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }
}
