package dev.farmguard.collector.detect.device;

import static dev.farmguard.collector.detect.RuleFixtures.CDC_ACM;
import static dev.farmguard.collector.detect.RuleFixtures.CDC_DATA;
import static dev.farmguard.collector.detect.RuleFixtures.CDC_ECM;
import static dev.farmguard.collector.detect.RuleFixtures.HID;
import static dev.farmguard.collector.detect.RuleFixtures.KEYBOARD;
import static dev.farmguard.collector.detect.RuleFixtures.MOUSE;
import static dev.farmguard.collector.detect.RuleFixtures.RNDIS;
import static dev.farmguard.collector.detect.RuleFixtures.STORAGE;
import static dev.farmguard.collector.detect.RuleFixtures.context;
import static dev.farmguard.collector.detect.RuleFixtures.rules;
import static dev.farmguard.collector.detect.RuleFixtures.usb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.UsbDevice;
import dev.farmguard.collector.testing.SampleEdids;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpKvmRulesTest {

    private final IpKvmUsbRule usbRule = new IpKvmUsbRule();
    private final IpKvmDisplayRule displayRule = new IpKvmDisplayRule();

    private List<Finding> usbFindings(UsbDevice d) {
        return usbRule.evaluate(context(SnapshotBuilder.laptop("d1").usb(d).build()));
    }

    private List<Finding> displayFindings(byte[] edid) {
        return displayRule.evaluate(context(SnapshotBuilder.laptop("d1").displays(false, edid).build()));
    }

    @Test
    void aPiKvmGadgetWithItsDefaultIdentityIsCritical() {
        UsbDevice pikvm = usb(0x1d6b, 0x0104, "PiKVM", "PiKVM Composite Device", "CAFEBABE", true, KEYBOARD, HID,
                MOUSE, STORAGE);
        List<Finding> f = usbFindings(pikvm);
        assertThat(rules(f)).containsExactly("ip_kvm.usb_identity:critical");
        assertThat(f.get(0).evidence()).containsEntry("device",
                "1d6b:0104 \"PiKVM\" \"PiKVM Composite Device\" serial CAFEBABE");
    }

    @Test
    void aRenamedGadgetIsStillCaughtByItsFunctions() {
        UsbDevice renamed = usb(0x046d, 0xc534, "Logitech", "USB Receiver", "", true, KEYBOARD, HID, MOUSE, STORAGE);
        assertThat(rules(usbFindings(renamed))).containsExactly("ip_kvm.composite_gadget:high");
        UsbDevice nanoRenamed = usb(0x413c, 0x2113, "Dell", "Dell KB216", "", true, KEYBOARD, HID, RNDIS, CDC_DATA);
        assertThat(rules(usbFindings(nanoRenamed))).containsExactly("ip_kvm.composite_gadget:high");
    }

    @Test
    void aDevelopersRaspberryPiGadgetStaysQuiet() {
        UsbDevice network = usb(0x1d6b, 0x0104, "Linux 6.6.31+rpt-rpi-v8 with 3f980000.usb",
                "Multifunction Composite Gadget", "", false, RNDIS, CDC_DATA, CDC_ACM, CDC_DATA, STORAGE);
        UsbDevice ethernet = usb(0x1d6b, 0x0104, "Raspberry Pi", "Pi Zero Gadget", "fedcba9876543210", false, CDC_ECM,
                CDC_DATA, CDC_ACM, CDC_DATA);
        UsbDevice keyboard = usb(0x1d6b, 0x0104, "Raspberry Pi", "Pi Zero Keyboard", "fedcba9876543210", false,
                KEYBOARD);
        assertThat(usbFindings(network)).isEmpty();
        assertThat(usbFindings(ethernet)).isEmpty();
        assertThat(usbFindings(keyboard)).isEmpty();
    }

    @Test
    void desksPeripheralsStayQuiet() {
        assertThat(usbFindings(usb(0x046d, 0xc52b, "Logitech", "USB Receiver", "", false, KEYBOARD, MOUSE, HID)))
                .isEmpty();
        assertThat(usbFindings(usb(0x056a, 0x0374, "Wacom Co.,Ltd.", "Intuos S", "8HQ", true, HID, HID))).isEmpty();
    }

    @Test
    void aDeviceSeenInSeveralSnapshotsIsOneFindingWithItsCount() {
        UsbDevice pikvm = usb(0x1d6b, 0x0104, "PiKVM", "PiKVM Composite Device", "CAFEBABE", true, KEYBOARD, STORAGE);
        List<Finding> f = usbRule.evaluate(context(SnapshotBuilder.laptop("d1").usb(pikvm)
                .series(3, java.time.Duration.ofHours(1), (i, b) -> { }), null));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsEntry("seenInSnapshots", 3).containsEntry("ofSnapshots", 3);
    }

    @Test
    void ipKvmEdidsAreCaughtByIdentityOrDefaultSerial() {
        assertThat(rules(displayFindings(SampleEdids.find("LNX", "7771", "PiKVM V3"))))
                .containsExactly("ip_kvm.edid_identity:critical");
        assertThat(rules(displayFindings(SampleEdids.find("TSB", "9876", "TinyPilot"))))
                .containsExactly("ip_kvm.edid_identity:critical");
        assertThat(rules(displayFindings(SampleEdids.find("TSB", "8888", "Toshiba-H2C"))))
                .containsExactly("ip_kvm.edid_identity:critical");
    }

    @Test
    void lanixMonitorsAndToshibaTvsStayQuiet() {
        assertThat(displayFindings(SampleEdids.find("LNX", "5312", "LANIX LX900T"))).isEmpty();
        assertThat(displayFindings(SampleEdids.find("TSB", "0108", "TOSHIBA-TV"))).isEmpty();
        assertThat(displayFindings(SampleEdids.find("LNX", "0000", "Linux UXGA"))).isEmpty();
    }

    @Test
    void aToshibaPanelInsideTheLaptopStaysQuiet() {
        byte[] tv = SampleEdids.find("TSB", "0108", "TOSHIBA-TV");
        Display internal = new Display(tv, "eDP-1", Display.Connection.INTERNAL, true, true, 1920, 1080);
        SnapshotBuilder b = SnapshotBuilder.laptop("d1").displays(true, null);
        assertThat(displayRule.evaluate(context(b.display(internal).build()))).isEmpty();
    }

    @Test
    void aDualScreenLaptopsSecondPanelWithABridgeIdentityStaysQuiet() {
        byte[] bridge = SampleEdids.find("TSB", "8888", "Toshiba-H2C");
        Display secondPanel = new Display(bridge, "eDP-2", Display.Connection.INTERNAL, true, true, 1920, 515);
        assertThat(displayRule.evaluate(context(SnapshotBuilder.laptop("d1").displays(true, null).display(secondPanel)
                .build()))).isEmpty();
        Display reportedExternal = new Display(bridge, "eDP-2", Display.Connection.EXTERNAL, true, true, 1920, 515);
        assertThat(displayRule.evaluate(context(SnapshotBuilder.laptop("d1").displays(true, null)
                .display(reportedExternal).build()))).as("an eDP connector is internal").isEmpty();
        assertThat(rules(displayFindings(bridge))).as("the same EDID behind HDMI")
                .containsExactly("ip_kvm.edid_identity:critical");
    }
}
