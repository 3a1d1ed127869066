package dev.farmguard.collector.classify;

import static dev.farmguard.collector.classify.Fixtures.CLASSIFIER;
import static dev.farmguard.collector.classify.Fixtures.KEYBOARD;
import static dev.farmguard.collector.classify.Fixtures.MASS_STORAGE;
import static dev.farmguard.collector.classify.Fixtures.MOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.InputActivity;
import dev.farmguard.collector.model.Locale;
import dev.farmguard.collector.model.Network;
import dev.farmguard.collector.model.Power;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One call classifies a whole snapshot; an undecodable EDID is reported, not thrown. */
class DeviceClassificationTest {

    @Test
    void classifiesAFarmLaptop() {
        var pikvmUsb = Fixtures.usb(0x1d6b, 0x0104, "PiKVM", "PiKVM Composite Device", "CAFEBABE", true,
                List.of(KEYBOARD, MOUSE, MASS_STORAGE));
        var kvmDisplay = new Display(TestEdid.pikvm(0x7771, "PiKVM V3").bytes(), "card0-HDMI-A-1",
                Display.Connection.EXTERNAL, true, true, 1920, 1080);
        var panel = new Display(TestEdid.display().pnp("BOE").productCode(0x0876).sizeCm(34, 19).bytes(), "card0-eDP-1",
                Display.Connection.INTERNAL, true, false, 1920, 1080);
        var broken = new Display(new byte[] {1, 2, 3}, "card0-DP-2", Display.Connection.EXTERNAL, true, true, 0, 0);
        var noEdid = new Display(new byte[0], "card0-DP-3", Display.Connection.EXTERNAL, false, false, 0, 0);
        var access = Fixtures.access().process("AnyDesk.exe", "", "").build();
        var network = Fixtures.network(List.of(Fixtures.nic("Ethernet 2", "TAP-Windows Adapter V9")),
                List.of(new Network.VpnClient("astrill", "/Applications/Astrill.app", true)));
        var snapshot = new DeviceSnapshot("dev-1", 7, Instant.parse("2026-01-05T10:00:00Z"), "0.1.0", "x", null, null,
                List.of(pikvmUsb), List.of(kvmDisplay, panel, broken, noEdid), access, List.of(), InputActivity.UNKNOWN,
                Power.UNKNOWN, network, Locale.UNKNOWN, List.of(Fixtures.jigglerHint("mouse-jiggler", "process",
                "MouseJiggler.exe")), List.of(), 0);

        DeviceClassification c = CLASSIFIER.classify(snapshot);

        assertThat(c.usbKvms()).extracting(f -> f.match().signatureId()).containsExactly("pikvm");
        assertThat(c.usbTells()).extracting(t -> t.tell().id()).containsExactly(UsbTells.COMPOSITE_GADGET);
        assertThat(c.displays()).hasSize(3);
        assertThat(c.displays().get(0).judgement().ipKvm()).isTrue();
        assertThat(c.displays().get(1).judgement().level()).isEqualTo(IpKvmDisplayJudgement.Level.NONE);
        assertThat(c.displays().get(1).judgement().tells()).as("a laptop panel unknown to the list is no tell").isEmpty();
        assertThat(c.displays().get(2).edid().ok()).isFalse();
        assertThat(c.displays().get(2).judgement()).isNull();
        assertThat(c.remoteTools()).extracting(SignatureMatch::signatureId).containsExactly("anydesk");
        assertThat(c.vpns()).extracting(SignatureMatch::signatureId)
                .containsExactlyInAnyOrder("astrill", "generic-openvpn-tap");
        assertThat(c.jigglers()).extracting(SignatureMatch::signatureId).containsExactly("mouse-jiggler");
    }

    @Test
    void snapshotWithoutRemoteAccessOrNetworkClassifiesToNothing() {
        var snapshot = new DeviceSnapshot("dev-2", 1, Instant.parse("2026-01-05T10:00:00Z"), "0.1.0", "x", null, null,
                List.of(), List.of(), null, List.of(), InputActivity.UNKNOWN, Power.UNKNOWN, null, Locale.UNKNOWN,
                List.of(), List.of(), 0);
        DeviceClassification c = CLASSIFIER.classify(snapshot);
        assertThat(c.remoteTools()).isEmpty();
        assertThat(c.vpns()).isEmpty();
        assertThat(c.displays()).isEmpty();
    }
}
