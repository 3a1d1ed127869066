package dev.farmguard.agent.probe.usb;

import java.util.List;

/**
 * One USB device. Strings are "" when the device has none (or the OS hides them).
 *
 * @param vendorId        idVendor, 0..0xFFFF
 * @param productId       idProduct, 0..0xFFFF
 * @param deviceClass     bDeviceClass (0 = per interface)
 * @param absolutePointer a HID interface describes X/Y with absolute coordinates in a pointer, mouse or
 *                        digitizer collection (tablets, touch screens, IP-KVMs)
 * @param location        OS location, e.g. "1-2.3" on Linux
 * @param speedMbps       negotiated speed in Mbit/s rounded down, 0 if unknown
 * @param scsiVendor      SCSI INQUIRY vendor of a mass-storage function, e.g. "PiKVM"
 * @param scsiProduct     SCSI INQUIRY product of a mass-storage function
 */
public record UsbDeviceInfo(
        int vendorId,
        int productId,
        String manufacturer,
        String product,
        String serial,
        int deviceClass,
        List<UsbInterfaceInfo> interfaces,
        boolean absolutePointer,
        String location,
        int speedMbps,
        String scsiVendor,
        String scsiProduct) {

    public UsbDeviceInfo {
        interfaces = List.copyOf(interfaces);
    }
}
