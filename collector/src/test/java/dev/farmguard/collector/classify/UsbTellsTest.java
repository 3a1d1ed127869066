package dev.farmguard.collector.classify;

import static dev.farmguard.collector.classify.Fixtures.AUDIO;
import static dev.farmguard.collector.classify.Fixtures.CDC_DATA;
import static dev.farmguard.collector.classify.Fixtures.CDC_ECM;
import static dev.farmguard.collector.classify.Fixtures.HID;
import static dev.farmguard.collector.classify.Fixtures.KEYBOARD;
import static dev.farmguard.collector.classify.Fixtures.MASS_STORAGE;
import static dev.farmguard.collector.classify.Fixtures.MOUSE;
import static dev.farmguard.collector.classify.Fixtures.RNDIS;
import static dev.farmguard.collector.classify.Fixtures.SMART_CARD;
import static dev.farmguard.collector.classify.Fixtures.usb;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The composite-gadget tell: fires on renamed IP-KVM gadgets, quiet on the devices that resemble one. */
class UsbTellsTest {

    @Test
    void firesOnARenamedKvmWithVirtualDrive() {
        var kvm = usb(0x1d6b, 0x0104, "Dell", "Keyboard", "", true, List.of(KEYBOARD, MOUSE, HID, MASS_STORAGE));
        Tell t = UsbTells.compositeGadget(kvm).orElseThrow();
        assertThat(t.id()).isEqualTo(UsbTells.COMPOSITE_GADGET);
        assertThat(t.evidence().get(0).observed()).contains("keyboard + absolute pointer + mass storage");
    }

    @Test
    void firesOnAKvmWithNetworkInsteadOfStorage() {
        var nanokvm = usb(0x3346, 0x1009, "sipeed", "NanoKVM", "", true, List.of(KEYBOARD, HID, RNDIS, CDC_DATA));
        assertThat(UsbTells.compositeGadget(nanokvm)).isPresent();
        var ecm = usb(0x1234, 0x0001, "", "", "", true, List.of(KEYBOARD, CDC_ECM, CDC_DATA));
        assertThat(UsbTells.compositeGadget(ecm)).isPresent();
    }

    @Test
    void quietOnAWirelessReceiverWithRelativeMouse() {
        assertThat(UsbTells.compositeGadget(usb(0x046d, 0xc52b, "Logitech", "USB Receiver", "", false,
                List.of(KEYBOARD, MOUSE, HID)))).isEmpty();
    }

    @Test
    void quietOnTabletsAndTouchScreens() {
        assertThat(UsbTells.compositeGadget(usb(0x056a, 0x0357, "Wacom", "PTH-660", "", true, List.of(HID, HID))))
                .isEmpty();
        assertThat(UsbTells.compositeGadget(usb(0x0eef, 0x0001, "eGalax", "Touch", "", true,
                List.of(HID, MASS_STORAGE)))).isEmpty();
    }

    @Test
    void quietOnAHobbyPiGadgetWithoutAbsolutePointer() {
        assertThat(UsbTells.compositeGadget(usb(0x1d6b, 0x0104, "Linux Foundation", "Multifunction Composite Gadget",
                "", false, List.of(KEYBOARD, CDC_ECM, CDC_DATA, MASS_STORAGE)))).isEmpty();
        assertThat(UsbTells.compositeGadget(usb(0x1d6b, 0x0104, "", "", "", false, List.of(CDC_ECM, CDC_DATA))))
                .isEmpty();
    }

    @Test
    void quietOnSecurityKeysHeadsetsAndDocks() {
        assertThat(UsbTells.compositeGadget(usb(0x1050, 0x0407, "Yubico", "YubiKey OTP+FIDO+CCID", "", false,
                List.of(KEYBOARD, HID, SMART_CARD)))).isEmpty();
        assertThat(UsbTells.compositeGadget(usb(0x0b0e, 0x0412, "GN", "Jabra", "", false, List.of(AUDIO, HID))))
                .isEmpty();
        assertThat(UsbTells.compositeGadget(usb(0x0bda, 0x8153, "Realtek", "USB 10/100/1000 LAN", "", false,
                List.of(new dev.farmguard.collector.model.UsbDevice.UsbInterface(0xFF, 0xFF, 0), CDC_ECM, CDC_DATA))))
                .isEmpty();
    }
}
