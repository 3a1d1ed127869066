package dev.farmguard.collector.classify;

import dev.farmguard.collector.catalog.UsbMatch;
import dev.farmguard.collector.model.UsbDevice;
import java.util.ArrayList;
import java.util.List;

/** One catalog {@link UsbMatch} against one enumerated device. */
final class UsbMatching {

    private UsbMatching() {
    }

    /**
     * The facts the identity matched, or none: the vendor (and product unless 0) must be equal, and every string
     * the identity names must equal the device's string ignoring case. An identity with {@code requiresStrings}
     * (a generic id such as 1d6b:0104) never matches on the ids alone.
     */
    static List<Evidence> evidence(UsbMatch m, UsbDevice device) {
        if (m.vendorId() != device.vendorId() || (m.productId() != 0 && m.productId() != device.productId())) {
            return List.of();
        }
        boolean anyString = false;
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(EvidenceField.USB_ID, device.vidPid(), m.vidPid()));
        if (!m.manufacturer().isEmpty()) {
            if (!KvmMatcher.textEquals(m.manufacturer(), device.manufacturer())) {
                return List.of();
            }
            evidence.add(new Evidence(EvidenceField.USB_MANUFACTURER, device.manufacturer(), m.manufacturer()));
            anyString = true;
        }
        if (!m.product().isEmpty()) {
            if (!KvmMatcher.textEquals(m.product(), device.product())) {
                return List.of();
            }
            evidence.add(new Evidence(EvidenceField.USB_PRODUCT, device.product(), m.product()));
            anyString = true;
        }
        if (!m.serial().isEmpty()) {
            if (!KvmMatcher.textEquals(m.serial(), device.serial())) {
                return List.of();
            }
            evidence.add(new Evidence(EvidenceField.USB_SERIAL, device.serial(), m.serial()));
            anyString = true;
        }
        if (m.requiresStrings() && !anyString) {
            return List.of();
        }
        return evidence;
    }
}
