package dev.farmguard.collector.classify;

import static dev.farmguard.collector.classify.Fixtures.CLASSIFIER;
import static dev.farmguard.collector.classify.Fixtures.usb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.UsbDevice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** USB identities of IP-KVMs from the catalog: each fires on its device and stays quiet on look-alikes. */
class UsbKvmClassificationTest {

    private static List<String> ids(UsbDevice d) {
        return CLASSIFIER.usbKvms(d).stream().map(SignatureMatch::signatureId).toList();
    }

    @Test
    void pikvmGadgetMatchesWithTheEvidenceAndSource() {
        UsbDevice pikvm = usb(0x1d6b, 0x0104, "PiKVM", "PiKVM Composite Device", "CAFEBABE");

        List<SignatureMatch> matches = CLASSIFIER.usbKvms(pikvm);

        assertThat(matches).hasSize(1);
        SignatureMatch m = matches.get(0);
        assertThat(m.signatureId()).isEqualTo("pikvm");
        assertThat(m.category()).isEqualTo(SignatureMatch.Category.KVM);
        assertThat(m.evidence()).extracting(Evidence::field).contains(EvidenceField.USB_ID,
                EvidenceField.USB_MANUFACTURER, EvidenceField.USB_PRODUCT, EvidenceField.USB_SERIAL);
        assertThat(m.sources().get(0).reference()).contains("pikvm/kvmd");
        assertThat(m.toEvidenceMap()).containsEntry("signature", "pikvm").containsKey("sources");
    }

    @Test
    void everyCatalogUsbIdentityFires() {
        assertThat(ids(usb(0x1d6b, 0x0104, "tinypilot", "Multifunction USB Device", "6b65796d696d6570690")))
                .containsExactly("tinypilot");
        assertThat(ids(usb(0x1d6b, 0x0104, "JetKVM", "USB Emulation Device", ""))).containsExactly("jetkvm");
        assertThat(ids(usb(0x3346, 0x1009, "sipeed", "NanoKVM", "0123456789ABCDEF"))).containsExactly("nanokvm");
        assertThat(ids(usb(0x1209, 0xeda2, "PiKVM", "PiKVM HID", ""))).containsExactly("pikvm-pico-hid");
        assertThat(ids(usb(0x1209, 0xeda3, "PiKVM", "PiKVM HID Bridge", ""))).containsExactly("pikvm-pico-hid");
        assertThat(ids(usb(0x38eb, 0x0104, "Glinet", "Glinet Composite Device", "CAFEBABE")))
                .containsExactly("glinet-comet");
        assertThat(ids(usb(0x14dd, 0x1007, "", "", ""))).containsExactly("raritan-d2cim-vusb");
        assertThat(ids(usb(0x0557, 0x2213, "ATEN", "CS1784A", ""))).containsExactly("aten-kvm");
        assertThat(ids(usb(0x0624, 0x0248, "Avocent", "USB Composite Device-0", ""))).containsExactly("avocent-kvm");
    }

    @Test
    void stringsMatchIgnoringCaseAndPadding() {
        assertThat(ids(usb(0x1d6b, 0x0104, " pikvm ", "", ""))).containsExactly("pikvm");
    }

    @Test
    void theDefaultSerialAloneStillNamesAKvmdGadget() {
        assertThat(ids(usb(0x1d6b, 0x0104, "Renamed Inc", "Keyboard", "CAFEBABE"))).containsExactly("pikvm");
    }

    @Test
    void renamedVirtualDriveIsFoundByItsScsiVendor() {
        UsbDevice renamed = Fixtures.withScsi(usb(0x1d6b, 0x0104, "Logitech", "USB Receiver", "1"),
                "PiKVM   ", "Optical Drive");
        List<SignatureMatch> m = CLASSIFIER.usbKvms(renamed);
        assertThat(m).extracting(SignatureMatch::signatureId).containsExactly("pikvm");
        assertThat(m.get(0).evidence()).extracting(Evidence::field).containsExactly(EvidenceField.USB_SCSI_VENDOR);
        UsbDevice glinet = Fixtures.withScsi(usb(0x1234, 0x5678, "", "", ""), "Glinet", "Flash Drive");
        assertThat(ids(glinet)).containsExactly("glinet-comet");
    }

    @Test
    void quietOnTheHobbyPiGadgetThatSharesTheGenericId() {
        assertThat(ids(usb(0x1d6b, 0x0104, "Linux Foundation", "Multifunction Composite Gadget", "fedcba9876543210")))
                .isEmpty();
        assertThat(ids(usb(0x1d6b, 0x0104, "", "", ""))).isEmpty();
        assertThat(ids(usb(0x1d6b, 0x0002, "Linux Foundation", "2.0 root hub", ""))).isEmpty();
    }

    @Test
    void quietOnOrdinaryDevicesAndOtherProductsOfKvmVendors() {
        assertThat(ids(usb(0x046d, 0xc52b, "Logitech", "USB Receiver", ""))).isEmpty();
        assertThat(ids(usb(0x1209, 0x0001, "pid.codes", "Test PID", ""))).isEmpty();
        assertThat(ids(usb(0x0557, 0x2008, "ATEN", "UC-232A serial adapter", ""))).isEmpty();
        assertThat(ids(usb(0x2e8a, 0x000a, "Raspberry Pi", "Pico", "E6614103E7"))).isEmpty();
        assertThat(ids(Fixtures.withScsi(usb(0x0781, 0x5583, "SanDisk", "Ultra Fit", "1"), "SanDisk", "Ultra Fit")))
                .isEmpty();
    }
}
