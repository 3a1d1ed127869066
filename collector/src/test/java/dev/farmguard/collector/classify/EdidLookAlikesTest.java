package dev.farmguard.collector.classify;

import static dev.farmguard.collector.classify.Fixtures.CLASSIFIER;
import static dev.farmguard.collector.classify.TestEdid.audioBlock;
import static dev.farmguard.collector.classify.TestEdid.speakerBlock;
import static dev.farmguard.collector.classify.TestEdid.vendorBlock;
import static dev.farmguard.collector.classify.TestEdid.videoBlock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.classify.IpKvmDisplayJudgement.Level;
import dev.farmguard.collector.model.Display.Connection;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, principle 2: a TV, projector, AV receiver, sound bar or headset that reports 0x0 cm or a fixed serial is
 * not an IP-KVM, told from what its EDID declares. Each test puts the same look-alike fact on a renamed capture
 * bridge's EDID (0x0 cm, an identity no monitor has, the bridge's own CTA block), which is suspect without it.
 */
class EdidLookAlikesTest {

    /** A TC358743 bridge under a new name: 0x0 cm, unknown identity, its progressive formats and stereo PCM. */
    private static TestEdid renamedBridge() {
        return TestEdid.withCaptureBridgeBlocks(TestEdid.display().pnp("QQQ").productCode(0x0042).serial(7)
                .sizeCm(0, 0).name("HDMI"));
    }

    private static Level level(TestEdid edid) {
        return CLASSIFIER.isIpKvmDisplay(edid.decode(), Connection.EXTERNAL).level();
    }

    @Test
    void aRenamedCaptureBridgeIsSuspectAndAPikvmV4sStereoSpeakersDoNotClearIt() {
        assertThat(level(renamedBridge())).isEqualTo(Level.SUSPECT);
        assertThat(level(renamedBridge().cta(speakerBlock(0x01)))).as("front pair only, as PiKVM V4 declares")
                .isEqualTo(Level.SUSPECT);
        assertThat(EdidLookAlikes.avSink(renamedBridge().decode())).isEmpty();
    }

    @Test
    void homeTheatreAudioIsAnAvReceiverOrTv() {
        assertThat(level(renamedBridge().cta(audioBlock(2, 6)))).as("AC-3").isEqualTo(Level.NONE);
        assertThat(level(renamedBridge().cta(audioBlock(1, 8)))).as("8-channel PCM").isEqualTo(Level.NONE);
        assertThat(level(renamedBridge().cta(speakerBlock(0x4F)))).as("5.1 speakers").isEqualTo(Level.NONE);
    }

    @Test
    void interlacedBroadcastFormatsAreATv() {
        assertThat(level(renamedBridge().cta(videoBlock(5, 20)))).as("1080i60, 1080i50").isEqualTo(Level.NONE);
        assertThat(level(renamedBridge().preferred(1920, 540, true))).as("interlaced preferred mode")
                .isEqualTo(Level.NONE);
    }

    @Test
    void aPreferredModeNoCaptureBridgeTakesIsALargeDisplay() {
        assertThat(level(renamedBridge().preferred(3840, 2160, false))).isEqualTo(Level.NONE);
        assertThat(level(renamedBridge().preferred(1920, 1200, false))).as("PiKVM V4's largest mode")
                .isEqualTo(Level.SUSPECT);
    }

    @Test
    void analogInputIsNotAnHdmiCaptureBridge() {
        assertThat(level(renamedBridge().analog())).isEqualTo(Level.NONE);
    }

    @Test
    void headsetsAreNotKvms() {
        assertThat(level(renamedBridge().cta(vendorBlock(0xCA125C)))).isEqualTo(Level.NONE);
    }

    @Test
    void aMonitorNameThatSaysTvOrProjectorIsOne() {
        assertThat(level(renamedBridge().name("Panasonic-TV"))).isEqualTo(Level.NONE);
        assertThat(level(renamedBridge().name("AndroidTV"))).isEqualTo(Level.NONE);
        assertThat(level(renamedBridge().name("EPSON PJ"))).isEqualTo(Level.NONE);
        assertThat(level(renamedBridge().name("TVS Monitor"))).as("TV inside a word is no product type")
                .isEqualTo(Level.SUSPECT);
    }

    @Test
    void aFixedBridgeSerialOnAPortraitPanelIsASmallHdmiDisplay() {
        // A small HDMI OLED (WaveShare HLT 0x3433 in linuxhw) keeps the Toshiba bridge's default serial 0x88888800.
        TestEdid panel = TestEdid.display().pnp("HLT").productCode(0x3433).serial(0x88888800L).sizeCm(0, 0)
                .name("WS_FHDOLED").preferred(1080, 1920, false);
        IpKvmDisplayJudgement j = CLASSIFIER.isIpKvmDisplay(panel.decode(), Connection.EXTERNAL);
        assertThat(j.level()).isEqualTo(Level.NONE);
        assertThat(j.notKvm()).extracting(Evidence::matched).contains("portrait panel");
        assertThat(j.toEvidenceMap()).containsKey("notKvm");
        TestEdid renamedKvm = TestEdid.display().pnp("HLT").productCode(0x3433).serial(0x88888800L).sizeCm(0, 0)
                .name("WS_FHDOLED");
        assertThat(level(renamedKvm)).as("the same serial on a landscape capture bridge").isEqualTo(Level.IP_KVM);
    }

    @Test
    void aCatalogIdentityIsAKvmWhateverItsBlocksSay() {
        assertThat(level(TestEdid.tc358743("Toshiba-H2C").cta(audioBlock(2, 6), videoBlock(5))))
                .isEqualTo(Level.IP_KVM);
    }
}
