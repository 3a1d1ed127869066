package dev.farmguard.collector.classify;

import dev.farmguard.collector.model.UsbDevice;
import dev.farmguard.collector.model.UsbDevice.UsbInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * USB tells of an IP-KVM that survive renaming its ids and strings. A hypothesis from SIGNALS.md section 2, not
 * a rule any source states: rules should weigh it below a catalog identity.
 */
public final class UsbTells {

    public static final String COMPOSITE_GADGET = "usb.composite_gadget";

    static final int CLASS_CDC = 0x02;
    static final int CLASS_HID = 0x03;
    static final int CLASS_MASS_STORAGE = 0x08;
    static final int CLASS_WIRELESS_CONTROLLER = 0xE0;
    static final int CLASS_MISC = 0xEF;
    static final int HID_PROTOCOL_KEYBOARD = 1;
    private static final int CDC_ACM = 0x02;
    private static final int CDC_ECM = 0x06;
    private static final int CDC_EEM = 0x0C;
    private static final int CDC_NCM = 0x0D;
    private static final int VENDOR_SPECIFIC_PROTOCOL = 0xFF;

    private UsbTells() {
    }

    /**
     * One device that is at once a keyboard, an absolute pointer and a virtual drive or network adapter: what
     * PiKVM, TinyPilot, JetKVM, NanoKVM and GL.iNet present. Quiet on a receiver with keyboard and relative
     * mouse, a drawing tablet or touch screen (absolute pointer, no keyboard), a Pi gadget with only Ethernet,
     * a security key (keyboard + smart card) and a dock's network adapter. A drawing tablet with express keys
     * and a driver disc would fire: the tell is evidence, not proof.
     */
    public static Optional<Tell> compositeGadget(UsbDevice device) {
        boolean keyboard = device.interfaces().stream().anyMatch(UsbTells::isKeyboard);
        boolean storage = device.interfaces().stream().anyMatch(i -> i.interfaceClass() == CLASS_MASS_STORAGE);
        boolean network = device.interfaces().stream().anyMatch(UsbTells::isNetwork);
        if (!keyboard || !device.absolutePointer() || !(storage || network)) {
            return Optional.empty();
        }
        List<String> functions = new ArrayList<>(List.of("keyboard", "absolute pointer"));
        if (storage) {
            functions.add("mass storage");
        }
        if (network) {
            functions.add("network");
        }
        String observed = device.vidPid() + " \"" + device.manufacturer() + "\" \"" + device.product() + "\": "
                + String.join(" + ", functions);
        return Optional.of(new Tell(COMPOSITE_GADGET,
                "one USB device is a keyboard, an absolute pointer and a " + (storage ? "virtual drive" : "network adapter"),
                List.of(new Evidence(EvidenceField.USB_INTERFACES, observed,
                        "HID keyboard + absolute pointer + mass storage or CDC/RNDIS network in one device")),
                "IP-KVMs present keyboard, absolute mouse and virtual media in one gadget (SIGNALS.md section 2, "
                        + "tells that survive renaming; MITRE ATT&CK T1219.003 suggests USB enumeration)"));
    }

    /** HID boot keyboard (class 3, protocol 1). */
    static boolean isKeyboard(UsbInterface i) {
        return i.interfaceClass() == CLASS_HID && i.interfaceProtocol() == HID_PROTOCOL_KEYBOARD;
    }

    /** CDC ECM/EEM/NCM Ethernet, or RNDIS in any of the three ways Windows and gadgets declare it. */
    static boolean isNetwork(UsbInterface i) {
        int c = i.interfaceClass();
        int s = i.interfaceSubclass();
        int p = i.interfaceProtocol();
        return (c == CLASS_CDC && (s == CDC_ECM || s == CDC_EEM || s == CDC_NCM))
                || (c == CLASS_CDC && s == CDC_ACM && p == VENDOR_SPECIFIC_PROTOCOL)
                || (c == CLASS_WIRELESS_CONTROLLER && s == 0x01 && p == 0x03)
                || (c == CLASS_MISC && s == 0x04 && p == 0x01);
    }
}
