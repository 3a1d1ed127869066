package dev.farmguard.collector.classify;

import static dev.farmguard.collector.classify.Fixtures.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.classify.IpKvmDisplayJudgement.Level;
import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.Display.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EDID identities of IP-KVMs, built from their documented fields, and the combined IP-KVM display judgement,
 * against the look-alikes of SIGNALS.md: Lanix monitors and the kernel's LNX EDIDs, Toshiba panels and TVs.
 */
class EdidKvmClassificationTest {

    private static List<String> ids(EdidInfo info) {
        return CLASSIFIER.edidKvms(info).stream().map(SignatureMatch::signatureId).toList();
    }

    private static Level level(TestEdid edid, Connection connection) {
        return CLASSIFIER.isIpKvmDisplay(edid.decode(), connection).level();
    }

    @Test
    void everyPikvmEdidMatchesItsIdentity() {
        assertThat(ids(TestEdid.pikvm(0x7770, "PiKVM").decode())).containsExactly("pikvm");
        assertThat(ids(TestEdid.pikvm(0x7771, "PiKVM V3").decode())).containsExactly("pikvm");
        assertThat(ids(TestEdid.pikvm(0x7772, "PiKVM V4 Mini").decode())).containsExactly("pikvm");
        assertThat(ids(TestEdid.pikvm(0x7773, "PiKVM V4 Plus").decode())).containsExactly("pikvm");
    }

    @Test
    void bridgeDefaultsAndOtherKvmsMatchTheirIdentity() {
        assertThat(ids(TestEdid.tc358743("Toshiba-H2C").decode())).containsExactly("pikvm-tc358743");
        assertThat(ids(TestEdid.tc358743("PI-KVM Video").decode())).containsExactly("pikvm-tc358743");
        assertThat(ids(TestEdid.tinypilot().decode())).containsExactly("tinypilot");
        assertThat(ids(TestEdid.jetkvm().decode())).containsExactly("jetkvm");
        assertThat(ids(TestEdid.nanokvm().decode())).containsExactly("nanokvm");
    }

    @Test
    void theMatchSaysWhichFieldMatchedWhichSignature() {
        SignatureMatch m = CLASSIFIER.edidKvms(TestEdid.pikvm(0x7771, "PiKVM V3").decode()).get(0);
        assertThat(m.evidence()).extracting(Evidence::field).contains(EvidenceField.EDID_PNP_ID,
                EvidenceField.EDID_PRODUCT_CODE, EvidenceField.EDID_MONITOR_NAME);
        assertThat(m.evidence()).extracting(Evidence::matched).contains("LNX 0x7771", "LNX name \"PiKVM V3\"");
        assertThat(m.sources()).isNotEmpty();
    }

    @Test
    void ipKvmJudgementOnKnownIdentitiesOnExternalOrUnknownOutputs() {
        assertThat(level(TestEdid.pikvm(0x7773, "PiKVM V4 Plus"), Connection.EXTERNAL)).isEqualTo(Level.IP_KVM);
        assertThat(level(TestEdid.tinypilot(), Connection.UNKNOWN)).isEqualTo(Level.IP_KVM);
        assertThat(level(TestEdid.nanokvm(), Connection.EXTERNAL)).isEqualTo(Level.IP_KVM);
    }

    @Test
    void aKvmIsOnlyEverOnAnExternalOutput() {
        // Some dual-screen laptops' second internal panel presents the TC358743 bridge's identity (TSB 0x8888).
        TestEdid bridge = TestEdid.tc358743("Toshiba-H2C");
        assertThat(level(bridge, Connection.EXTERNAL)).isEqualTo(Level.IP_KVM);
        assertThat(level(bridge, Connection.INTERNAL)).isEqualTo(Level.NONE);
        assertThat(level(bridge, Connection.VIRTUAL)).isEqualTo(Level.NONE);
        IpKvmDisplayJudgement j = CLASSIFIER.isIpKvmDisplay(bridge.decode(), Connection.INTERNAL);
        assertThat(j.tells()).as("no tell counts inside the laptop").isEmpty();
        assertThat(j.notKvm()).extracting(Evidence::field).containsExactly(EvidenceField.DISPLAY_CONNECTION);
    }

    @Test
    void anEmbeddedPanelConnectorIsInternalWhateverTheAgentSaid() {
        byte[] bridge = TestEdid.tc358743("Toshiba-H2C").bytes();
        EdidInfo info = EdidDecoder.decode(bridge).info().orElseThrow();
        Display onEdp = new Display(bridge, "card1-eDP-2", Connection.EXTERNAL, true, true, 1920, 1080);
        Display onHdmi = new Display(bridge, "HDMI-A-1", Connection.EXTERNAL, true, true, 1920, 1080);
        assertThat(CLASSIFIER.isIpKvmDisplay(info, onEdp).level()).isEqualTo(Level.NONE);
        assertThat(CLASSIFIER.isIpKvmDisplay(info, onHdmi).level()).isEqualTo(Level.IP_KVM);
    }

    @Test
    void renamedKvmKeepingTheDefaultSerialIsStillAnIpKvm() {
        TestEdid renamed = TestEdid.tc358743("DELL U2415").pnp("DEL").productCode(0xA0B4);
        IpKvmDisplayJudgement j = CLASSIFIER.isIpKvmDisplay(renamed.decode(), Connection.EXTERNAL);
        assertThat(j.level()).isEqualTo(Level.IP_KVM);
        assertThat(j.identities()).isEmpty();
        assertThat(j.tells()).extracting(Tell::id).contains(EdidTells.DEFAULT_SERIAL);
        TestEdid renamedPikvm = TestEdid.pikvm(0x1234, "HP Z24").pnp("HWP");
        assertThat(level(renamedPikvm, Connection.EXTERNAL)).isEqualTo(Level.IP_KVM);
    }

    @Test
    void fullyRenamedBridgeWithNoSizeIsOnlySuspect() {
        TestEdid renamed = TestEdid.display().pnp("QQQ").productCode(0x0042).serial(12345).sizeCm(0, 0)
                .name("Monitor");
        IpKvmDisplayJudgement j = CLASSIFIER.isIpKvmDisplay(renamed.decode(), Connection.EXTERNAL);
        assertThat(j.level()).isEqualTo(Level.SUSPECT);
        assertThat(j.tells()).extracting(Tell::id).containsExactlyInAnyOrder(EdidTells.ZERO_SIZE_EXTERNAL,
                EdidTells.UNKNOWN_IDENTITY);
        assertThat(level(renamed, Connection.INTERNAL)).isEqualTo(Level.NONE);
    }

    @Test
    void quietOnLanixMonitorsAndTheKernelsBuiltInLnxEdids() {
        TestEdid lanix = TestEdid.display().pnp("LNX").productCode(0x5312).name("LANIX LX900T").sizeCm(41, 23);
        assertThat(ids(lanix.decode())).isEmpty();
        assertThat(level(lanix, Connection.EXTERNAL)).isEqualTo(Level.NONE);
        TestEdid kernel = TestEdid.display().pnp("LNX").productCode(0).analog().name("Linux UXGA")
                .serialText("Linux #0").sizeCm(55, 41);
        assertThat(ids(kernel.decode())).isEmpty();
        assertThat(level(kernel, Connection.VIRTUAL)).isEqualTo(Level.NONE);
    }

    @Test
    void quietOnToshibaPanelsAndTvs() {
        TestEdid tv = TestEdid.display().pnp("TSB").productCode(0x0108).name("TOSHIBA-TV").sizeCm(0, 0);
        assertThat(ids(tv.decode())).isEmpty();
        assertThat(level(tv, Connection.EXTERNAL)).as("a known Toshiba TV with 0x0 cm").isEqualTo(Level.NONE);
        TestEdid panel = TestEdid.display().pnp("TSB").productCode(0x8888).serial(0).name("").sizeCm(34, 19);
        assertThat(ids(panel.decode())).as("TSB 0x8888 without the bridge's name or serial").isEmpty();
        assertThat(level(panel, Connection.INTERNAL)).isEqualTo(Level.NONE);
    }

    @Test
    void quietOnAnOrdinaryMonitor() {
        TestEdid dell = TestEdid.display().pnp("DEL").productCode(0xA0B4).serial(0x4C4A3235).name("DELL U2415")
                .serialText("7MT0175K2L5L").sizeCm(52, 32);
        IpKvmDisplayJudgement j = CLASSIFIER.isIpKvmDisplay(dell.decode(), Connection.EXTERNAL);
        assertThat(j.level()).isEqualTo(Level.NONE);
        assertThat(j.identities()).isEmpty();
        assertThat(j.toEvidenceMap()).containsEntry("level", "none");
    }
}
