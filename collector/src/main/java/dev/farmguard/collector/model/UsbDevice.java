package dev.farmguard.collector.model;

import java.util.List;

/** One USB device as the laptop enumerated it. */
public record UsbDevice(
        int vendorId,
        int productId,
        String manufacturer,
        String product,
        String serial,
        int deviceClass,
        List<UsbInterface> interfaces,
        boolean absolutePointer,
        String location,
        int speedMbps,
        String scsiVendor,
        String scsiProduct) {

    public UsbDevice {
        interfaces = List.copyOf(interfaces);
    }

    /** {@code vvvv:pppp} in lower-case hex, the way usb.ids and SIGNALS.md write it. */
    public String vidPid() {
        return String.format("%04x:%04x", vendorId, productId);
    }

    public record UsbInterface(int interfaceClass, int interfaceSubclass, int interfaceProtocol) {}
}
