package dev.farmguard.agent.probe.jiggler;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import dev.farmguard.agent.probe.usb.UsbInterfaceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hardware jigglers among enumerated USB devices, for every OS. A device with a catalog jiggler identity is
 * reported under that id (a vendor-wide identity, such as "any RP2040 board", only when the device has a HID
 * interface: the same board as a serial adapter moves no mouse). Otherwise a device that is HID and nothing
 * else, does not report absolute coordinates (IP-KVMs do; jigglers send small relative moves) and comes from a
 * vendor whose microcontrollers hobby jigglers are built on is a weak {@link JigglerInfo#HID_SUSPECT}.
 * Evidence starts with {@code vvvv:pppp} so the collector can re-check it.
 */
public final class UsbJigglers {

    /**
     * USB vendor ids of microcontroller boards and open USB stacks DIY jigglers use: Raspberry Pi (RP2040),
     * Arduino (two ids), SparkFun, Adafruit, Van Ooijen/V-USB, MCS (Digispark), Espressif, pid.codes, TinyUSB's
     * example id.
     */
    static final Set<Integer> MICROCONTROLLER_VENDORS = Set.of(
            0x2E8A, 0x2341, 0x2A03, 0x1B4F, 0x239A, 0x16C0, 0x16D0, 0x303A, 0x1209, 0xCAFE);

    private UsbJigglers() {
    }

    public static List<JigglerInfo> classify(List<UsbDeviceInfo> devices, CatalogMatcher catalog) {
        List<JigglerInfo> found = new ArrayList<>();
        for (UsbDeviceInfo device : devices) {
            boolean hasHid = device.interfaces().stream().anyMatch(i -> i.interfaceClass() == UsbInterfaceInfo.CLASS_HID);
            String catalogId = catalog.jigglersForUsb(device.vendorId(), device.productId(), device.manufacturer(),
                            device.product(), device.serial()).stream()
                    .filter(match -> hasHid || !match.vendorWide())
                    .map(CatalogMatcher.UsbJigglerMatch::toolId)
                    .findFirst().orElse(null);
            if (catalogId != null) {
                found.add(new JigglerInfo(catalogId, JigglerInfo.USB, evidence(device)));
            } else if (hidOnlyRelative(device) && MICROCONTROLLER_VENDORS.contains(device.vendorId())) {
                found.add(new JigglerInfo(JigglerInfo.HID_SUSPECT, JigglerInfo.USB, evidence(device)));
            }
        }
        return found;
    }

    static boolean hidOnlyRelative(UsbDeviceInfo device) {
        return !device.interfaces().isEmpty() && !device.absolutePointer()
                && device.interfaces().stream().allMatch(i -> i.interfaceClass() == UsbInterfaceInfo.CLASS_HID);
    }

    /** "2e8a:000a Raspberry Pi Pico (HID only, boot mouse)". */
    static String evidence(UsbDeviceInfo d) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04x:%04x", d.vendorId(), d.productId()));
        String name = (d.manufacturer() + " " + d.product()).trim();
        if (!name.isEmpty()) {
            text.append(' ').append(name);
        }
        if (hidOnlyRelative(d)) {
            boolean bootMouse = d.interfaces().stream().anyMatch(i -> i.interfaceSubclass() == 1 && i.interfaceProtocol() == 2);
            text.append(bootMouse ? " (HID only, boot mouse)" : " (HID only)");
        }
        return text.toString();
    }
}
