package dev.farmguard.collector.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What in an EDID says "this is a TV, projector, AV receiver, sound bar or headset", so that its 0x0 cm size or
 * fixed serial is not taken for an IP-KVM. An IP-KVM's "monitor" is a capture bridge (Toshiba TC358743 and the
 * like): an HDMI receiver that declares a digital input, at most stereo PCM audio, progressive desktop formats up to
 * 1920x1200 and a landscape preferred mode, because it turns a desktop into a video stream (SIGNALS.md section 2).
 * Each function below is one such principle; none looks at a manufacturer or model list. Measured over 71,026 real
 * EDIDs in BENCHMARKS.md ("IP-KVM findings over 71,026 real EDIDs").
 */
public final class EdidLookAlikes {

    public static final String AV_SINK = "edid.av_sink";

    /** CTA-861 VICs of interlaced formats (480i, 576i, 1080i and their multiples): broadcast TV, not desktops. */
    static final Set<Integer> INTERLACED_VICS = Set.of(5, 6, 7, 10, 11, 20, 21, 22, 25, 26, 39, 40, 44, 45, 46, 50,
            51, 54, 55, 58, 59);
    /** The largest mode the IP-KVMs' capture bridges take (PiKVM V4: 1920x1200; TC358743: 1920x1080). */
    static final int CAPTURE_MAX_WIDTH = 1920;
    static final int CAPTURE_MAX_HEIGHT = 1200;
    /** Front left/right only: the stereo pair a KVM bridge may declare (PiKVM V4 does). */
    private static final int SPEAKERS_FRONT_PAIR = 0x01;
    /** Product-type words TV and projector makers put in the monitor name: "Panasonic-TV", "EPSON PJ", "AndroidTV". */
    private static final Pattern PRODUCT_TYPE_NAME = Pattern.compile("TV(?![A-Z])|PROJECTOR|(?<![A-Z])PJ(?![A-Z])");

    private EdidLookAlikes() {
    }

    /**
     * Every reason the EDID gives to be a TV, projector, AV receiver or headset rather than a capture bridge, as one
     * tell, or empty when it gives none.
     */
    public static Optional<Tell> avSink(EdidInfo info) {
        List<Evidence> reasons = new ArrayList<>();
        analogInput(info).ifPresent(reasons::add);
        homeTheatreAudio(info.features()).ifPresent(reasons::add);
        interlacedFormats(info.features()).ifPresent(reasons::add);
        preferredModeBeyondCapture(info.features()).ifPresent(reasons::add);
        portraitPanel(info.features()).ifPresent(reasons::add);
        headMounted(info.features()).ifPresent(reasons::add);
        productTypeName(info).ifPresent(reasons::add);
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Tell(AV_SINK, "the display describes itself as a TV, projector, AV device or headset",
                reasons, "an IP-KVM's capture bridge is a digital, progressive, stereo-at-most HDMI receiver; "
                        + "0x0 cm and fixed serials are common on TVs, projectors and AV gear (issue 8)"));
    }

    /** Analog (VGA) input: a capture bridge is an HDMI receiver and declares a digital input. */
    static Optional<Evidence> analogInput(EdidInfo info) {
        return info.digital() ? Optional.empty()
                : Optional.of(new Evidence(EvidenceField.EDID_INPUT, "analog", "analog input"));
    }

    /**
     * Home-theatre audio: compressed formats (AC-3, DTS...), more than two PCM channels, or speakers beyond the front
     * pair. TVs, AV receivers and sound bars declare these; KVM bridges declare stereo PCM at most.
     */
    static Optional<Evidence> homeTheatreAudio(EdidFeatures f) {
        List<String> what = new ArrayList<>(f.compressedAudio());
        if (f.maxPcmChannels() > 2) {
            what.add(f.maxPcmChannels() + "-channel PCM");
        }
        if ((f.speakerAllocation() & ~SPEAKERS_FRONT_PAIR) != 0) {
            what.add(String.format("speakers 0x%02x", f.speakerAllocation()));
        }
        return what.isEmpty() ? Optional.empty()
                : Optional.of(new Evidence(EvidenceField.EDID_AUDIO, String.join(", ", what), "home-theatre audio"));
    }

    /** Interlaced broadcast formats (1080i, 576i, 480i) among the video formats, or an interlaced preferred mode. */
    static Optional<Evidence> interlacedFormats(EdidFeatures f) {
        List<Integer> vics = f.videoFormats().stream().filter(INTERLACED_VICS::contains).distinct().toList();
        if (!vics.isEmpty()) {
            return Optional.of(new Evidence(EvidenceField.EDID_VIDEO_FORMATS, "VIC " + vics, "interlaced TV formats"));
        }
        return f.preferredInterlaced()
                ? Optional.of(new Evidence(EvidenceField.EDID_PREFERRED_MODE, f.preferredMode(), "interlaced"))
                : Optional.empty();
    }

    /** A preferred mode larger than any KVM capture bridge takes: the native mode of a large monitor or TV. */
    static Optional<Evidence> preferredModeBeyondCapture(EdidFeatures f) {
        return f.preferredWidth() > CAPTURE_MAX_WIDTH || f.preferredHeight() > CAPTURE_MAX_HEIGHT
                ? Optional.of(new Evidence(EvidenceField.EDID_PREFERRED_MODE, f.preferredMode(),
                "beyond " + CAPTURE_MAX_WIDTH + "x" + CAPTURE_MAX_HEIGHT + " capture"))
                : Optional.empty();
    }

    /**
     * A portrait preferred mode: a phone-style panel behind an HDMI bridge (small HDMI displays keep the bridge
     * chip's default serial), never a capture bridge that receives a desktop.
     */
    static Optional<Evidence> portraitPanel(EdidFeatures f) {
        return f.preferredHeight() > f.preferredWidth()
                ? Optional.of(new Evidence(EvidenceField.EDID_PREFERRED_MODE, f.preferredMode(), "portrait panel"))
                : Optional.empty();
    }

    /** A headset (VR/AR glasses): Microsoft's HMD block or a DisplayID 2 headset use case. */
    static Optional<Evidence> headMounted(EdidFeatures f) {
        return f.headMounted()
                ? Optional.of(new Evidence(EvidenceField.EDID_PRODUCT_TYPE, "head-mounted display", "headset"))
                : Optional.empty();
    }

    /** The monitor name says what kind of product it is: a TV or a projector. */
    static Optional<Evidence> productTypeName(EdidInfo info) {
        String name = info.monitorName().toUpperCase(Locale.ROOT);
        return PRODUCT_TYPE_NAME.matcher(name).find()
                ? Optional.of(new Evidence(EvidenceField.EDID_MONITOR_NAME, info.monitorName(), "TV or projector"))
                : Optional.empty();
    }
}
