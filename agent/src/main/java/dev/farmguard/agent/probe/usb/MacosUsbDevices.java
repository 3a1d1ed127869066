package dev.farmguard.agent.probe.usb;

import dev.farmguard.agent.probe.macos.IoregNode;
import dev.farmguard.agent.probe.macos.IoregText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses {@code ioreg -l -w0 -r -c IOUSBHostDevice}: every {@code IOUSBHostDevice} (a device behind a hub
 * is printed inside the hub's tree and may be printed again on its own; the registry id tells them
 * apart). Below a device, {@code IOUSBHostInterface} entries carry the interface class triple, a HID
 * driver entry ({@code AppleUserUSBHostHIDDevice}, {@code IOUSBHostHIDDevice}) carries the
 * {@code ReportDescriptor}, and a mass-storage stack ends in SCSI entries with the INQUIRY
 * {@code Vendor Identification} and {@code Product Identification}.
 */
public final class MacosUsbDevices {

    private static final String DEVICE_CLASS = "IOUSBHostDevice";
    private static final String INTERFACE_CLASS = "IOUSBHostInterface";

    private MacosUsbDevices() {
    }

    public static List<UsbDeviceInfo> parse(String ioregOutput) {
        List<UsbDeviceInfo> devices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IoregNode root : IoregText.parse(ioregOutput)) {
            for (IoregNode node : root.subtree()) {
                boolean device = node == root || node.className().equals(DEVICE_CLASS);
                if (device && node.number("idVendor").isPresent() && !node.className().equals(INTERFACE_CLASS)
                        && (node.registryId().isEmpty() || seen.add(node.registryId()))) {
                    devices.add(device(node));
                }
            }
        }
        return devices;
    }

    private static UsbDeviceInfo device(IoregNode node) {
        List<IoregNode> interfaceNodes = node.descendants(
                n -> n.className().equals(INTERFACE_CLASS), MacosUsbDevices::isNestedDevice);
        List<UsbInterfaceInfo> interfaces = new ArrayList<>();
        boolean absolute = false;
        for (IoregNode intf : interfaceNodes) {
            interfaces.add(new UsbInterfaceInfo(number(intf, "bInterfaceClass"), number(intf, "bInterfaceSubClass"),
                    number(intf, "bInterfaceProtocol")));
            for (IoregNode hid : intf.descendants(n -> n.data("ReportDescriptor").isPresent(),
                    MacosUsbDevices::isNestedDevice)) {
                absolute |= HidReportDescriptor.parse(hid.data("ReportDescriptor").orElseThrow()).absolutePointer();
            }
        }
        Optional<IoregNode> scsi = node.descendants(n -> n.string("Vendor Identification").isPresent(),
                MacosUsbDevices::isNestedDevice).stream().findFirst();
        return new UsbDeviceInfo(
                number(node, "idVendor"),
                number(node, "idProduct"),
                first(node, "USB Vendor Name", "kUSBVendorString"),
                first(node, "USB Product Name", "kUSBProductString"),
                first(node, "USB Serial Number", "kUSBSerialNumberString"),
                number(node, "bDeviceClass"),
                interfaces,
                absolute,
                node.number("locationID").map(id -> String.format("0x%08x", id)).orElse(""),
                speedMbps(node),
                scsi.flatMap(s -> s.string("Vendor Identification")).map(String::trim).orElse(""),
                scsi.flatMap(s -> s.string("Product Identification")).map(String::trim).orElse(""));
    }

    private static boolean isNestedDevice(IoregNode node) {
        return node.className().equals(DEVICE_CLASS);
    }

    /**
     * {@code UsbLinkSpeed} (bit/s, macOS 13 and later), else the {@code Device Speed} code of IOUSBHostFamily:
     * 0 low (1.5), 1 full (12), 2 high (480), 3 super (5000), 4 super+ (10000), 5 super+ x2 (20000).
     */
    static int speedMbps(IoregNode node) {
        Optional<Long> link = node.number("UsbLinkSpeed");
        if (link.isPresent() && link.get() > 0) {
            return (int) (link.get() / 1_000_000);
        }
        return node.number("Device Speed").map(code -> switch (code.intValue()) {
            case 0 -> 1;
            case 1 -> 12;
            case 2 -> 480;
            case 3 -> 5000;
            case 4 -> 10000;
            case 5 -> 20000;
            default -> 0;
        }).orElse(0);
    }

    private static int number(IoregNode node, String key) {
        return node.number(key).map(Long::intValue).orElse(0);
    }

    private static String first(IoregNode node, String key, String fallback) {
        return node.string(key).or(() -> node.string(fallback)).map(String::trim).orElse("");
    }
}
