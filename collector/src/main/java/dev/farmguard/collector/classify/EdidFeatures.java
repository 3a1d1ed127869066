package dev.farmguard.collector.classify;

import java.util.List;

/**
 * What an EDID says about the kind of sink behind it, beyond its identity: the preferred (native) mode of the base
 * block, and what the CTA-861 and DisplayID extension blocks declare. A TV, projector, AV receiver or headset
 * describes itself here; an IP-KVM's capture bridge describes a plain progressive HDMI receiver.
 *
 * @param preferredWidth      horizontal pixels of the preferred detailed timing, 0 when the base block has none
 * @param preferredHeight     vertical pixels of the preferred timing (per field when interlaced), 0 when none
 * @param preferredInterlaced the preferred timing is interlaced
 * @param ctaBlocks           CTA-861 extension blocks present in the bytes
 * @param videoFormats        CTA-861 video identification codes (VICs) of the video data blocks, native flag removed
 * @param maxPcmChannels      most channels of any linear-PCM short audio descriptor, 0 when none
 * @param compressedAudio     names of the non-PCM audio formats declared (AC-3, DTS, ...), empty when none
 * @param speakerAllocation   first byte of the speaker allocation data block (bit 0 = front left/right), 0 when none
 * @param headMounted         a head-mounted display: Microsoft's HMD vendor block (OUI CA-12-5C) or a DisplayID 2
 *                            primary use case of VR or AR headset
 */
public record EdidFeatures(int preferredWidth, int preferredHeight, boolean preferredInterlaced, int ctaBlocks,
                           List<Integer> videoFormats, int maxPcmChannels, List<String> compressedAudio,
                           int speakerAllocation, boolean headMounted) {

    public static final EdidFeatures NONE = new EdidFeatures(0, 0, false, 0, List.of(), 0, List.of(), 0, false);

    public EdidFeatures {
        videoFormats = List.copyOf(videoFormats);
        compressedAudio = List.copyOf(compressedAudio);
    }

    /** e.g. {@code 1920x1080} or {@code 1920x540i}, empty when the base block has no detailed timing. */
    public String preferredMode() {
        return preferredWidth == 0 ? "" : preferredWidth + "x" + preferredHeight + (preferredInterlaced ? "i" : "");
    }
}
