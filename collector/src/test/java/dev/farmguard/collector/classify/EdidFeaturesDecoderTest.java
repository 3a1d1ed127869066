package dev.farmguard.collector.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.testing.SampleEdids;
import org.junit.jupiter.api.Test;

class EdidFeaturesDecoderTest {

    private static EdidFeatures features(TestEdid edid) {
        return edid.decode().features();
    }

    @Test
    void readsThePreferredModeOfTheBaseBlock() {
        EdidFeatures f = features(TestEdid.display().preferred(1920, 540, true));
        assertThat(f.preferredMode()).isEqualTo("1920x540i");
        assertThat(features(TestEdid.display()).preferredMode()).isEqualTo("1920x1080");
        assertThat(features(TestEdid.display().preferred(1080, 1920, false)).preferredHeight()).isEqualTo(1920);
    }

    @Test
    void readsVideoAudioSpeakerAndVendorBlocks() {
        EdidFeatures f = features(TestEdid.display().cta(TestEdid.videoBlock(0x80 | 16, 5, 31),
                TestEdid.audioBlock(1, 8), TestEdid.audioBlock(2, 6), TestEdid.audioBlock(7, 6),
                TestEdid.speakerBlock(0x4F), TestEdid.vendorBlock(0x000C03)));
        assertThat(f.ctaBlocks()).isEqualTo(1);
        assertThat(f.videoFormats()).as("the native flag of VIC 16 is removed").containsExactly(16, 5, 31);
        assertThat(f.maxPcmChannels()).isEqualTo(8);
        assertThat(f.compressedAudio()).containsExactly("AC-3", "DTS");
        assertThat(f.speakerAllocation()).isEqualTo(0x4F);
        assertThat(f.headMounted()).isFalse();
    }

    @Test
    void recognisesHeadsetsByMicrosoftsBlockOrDisplayIdUseCase() {
        assertThat(features(TestEdid.display().cta(TestEdid.vendorBlock(0xCA125C))).headMounted()).isTrue();
        byte[] displayId = new byte[128];
        displayId[0] = 0x70;
        displayId[1] = 0x20; // DisplayID 2.0
        displayId[3] = 0x07; // primary use case: head-mounted VR
        assertThat(features(TestEdid.display().cta().secondExtension(displayId)).headMounted()).isTrue();
        displayId[3] = 0x03; // desktop productivity
        assertThat(features(TestEdid.display().cta().secondExtension(displayId)).headMounted()).isFalse();
    }

    @Test
    void aBaseBlockAloneHasNoExtensionFeatures() {
        EdidFeatures f = features(TestEdid.display());
        assertThat(f.ctaBlocks()).isZero();
        assertThat(f.videoFormats()).isEmpty();
        assertThat(f.maxPcmChannels()).isZero();
    }

    @Test
    void aDataBlockRunningPastItsExtensionIsCutNotThrown() {
        byte[] edid = TestEdid.display().cta(TestEdid.videoBlock(16)).bytes();
        edid[128 + 2] = (byte) 0x7F; // claims data blocks up to the end of the block
        edid[128 + 6] = (byte) (2 << 5 | 31); // then a video block longer than what is left
        assertThat(EdidDecoder.decode(edid).ok()).isTrue();
    }

    @Test
    void aRealTc358743BridgeDeclaresProgressiveFormatsAndStereoOnly() {
        EdidFeatures f = EdidDecoder.decode(SampleEdids.find("TSB", "8888", "Toshiba-H2C")).info().orElseThrow()
                .features();
        assertThat(f.ctaBlocks()).isEqualTo(1);
        assertThat(f.videoFormats()).contains(4, 31).doesNotContainAnyElementsOf(EdidLookAlikes.INTERLACED_VICS);
        assertThat(f.maxPcmChannels()).isLessThanOrEqualTo(2);
        assertThat(f.compressedAudio()).isEmpty();
        assertThat(f.preferredWidth()).isLessThanOrEqualTo(1920);
    }
}
