package dev.farmguard.agent.probe.usb;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.SoftFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Linux USB reader over {@code /sys/bus/usb/devices}: one entry per device ("1-2", "1-2.3"), interfaces
 * as "DEVICE:CONFIG.INTERFACE" entries. HID interfaces hold {@code 0003:VVVV:PPPP.NNNN/report_descriptor},
 * parsed by {@link HidReportDescriptor}; mass-storage interfaces hold the SCSI device's INQUIRY vendor and
 * model under {@code hostN/targetN:C:T/N:C:T:L/}. Root hubs ("usbN") are skipped.
 */
public final class LinuxUsbProbe implements UsbProbe {

    private static final Pattern HID_DEVICE = Pattern.compile("[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]+");

    private final Path devicesDir;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public LinuxUsbProbe(Path root) {
        this.devicesDir = OsPaths.under(root, "/sys/bus/usb/devices");
    }

    @Override
    public List<UsbDeviceInfo> collect(ProbeWarnings warnings) {
        if (!Files.isDirectory(devicesDir)) {
            // No USB bus at all (containers, some VMs): nothing attached, not an error.
            return List.of();
        }
        List<Path> entries = SoftFiles.list(devicesDir);
        List<UsbDeviceInfo> devices = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.contains(":") || name.startsWith("usb") || !Files.exists(entry.resolve("idVendor"))) {
                continue;
            }
            devices.add(readDevice(entry, name, interfacesOf(entries, name)));
        }
        return devices;
    }

    private static List<Path> interfacesOf(List<Path> entries, String device) {
        String prefix = device + ":";
        return entries.stream().filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }

    private static UsbDeviceInfo readDevice(Path dir, String location, List<Path> interfaceDirs) {
        List<UsbInterfaceInfo> interfaces = new ArrayList<>();
        boolean absolute = false;
        String scsiVendor = "";
        String scsiProduct = "";
        for (Path intf : interfaceDirs) {
            UsbInterfaceInfo info = new UsbInterfaceInfo(
                    parseHex(text(intf, "bInterfaceClass")),
                    parseHex(text(intf, "bInterfaceSubClass")),
                    parseHex(text(intf, "bInterfaceProtocol")));
            interfaces.add(info);
            if (info.interfaceClass() == UsbInterfaceInfo.CLASS_HID) {
                absolute |= hasAbsolutePointer(intf);
            }
            if (info.interfaceClass() == UsbInterfaceInfo.CLASS_MASS_STORAGE && scsiVendor.isEmpty()) {
                Path scsi = findScsiDevice(intf);
                if (scsi != null) {
                    scsiVendor = text(scsi, "vendor");
                    scsiProduct = text(scsi, "model");
                }
            }
        }
        return new UsbDeviceInfo(
                parseHex(text(dir, "idVendor")),
                parseHex(text(dir, "idProduct")),
                text(dir, "manufacturer"),
                text(dir, "product"),
                text(dir, "serial"),
                parseHex(text(dir, "bDeviceClass")),
                interfaces,
                absolute,
                location,
                parseSpeedMbps(text(dir, "speed")),
                scsiVendor,
                scsiProduct);
    }

    private static boolean hasAbsolutePointer(Path interfaceDir) {
        for (Path child : SoftFiles.list(interfaceDir)) {
            if (HID_DEVICE.matcher(child.getFileName().toString()).matches()) {
                byte[] descriptor = SoftFiles.readBytes(child.resolve("report_descriptor"));
                if (HidReportDescriptor.parse(descriptor).absolutePointer()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first SCSI device ("H:C:T:L" with a vendor file) below a mass-storage interface, or null. */
    private static Path findScsiDevice(Path interfaceDir) {
        for (Path host : SoftFiles.list(interfaceDir)) {
            if (!host.getFileName().toString().startsWith("host")) {
                continue;
            }
            for (Path target : SoftFiles.list(host)) {
                if (!target.getFileName().toString().startsWith("target")) {
                    continue;
                }
                for (Path lun : SoftFiles.list(target)) {
                    if (lun.getFileName().toString().contains(":") && Files.exists(lun.resolve("vendor"))) {
                        return lun;
                    }
                }
            }
        }
        return null;
    }

    private static String text(Path dir, String attribute) {
        return SoftFiles.readTrimmed(dir.resolve(attribute));
    }

    /** Parses a sysfs hex attribute such as "1d6b" or "0a"; 0 when empty or malformed. */
    public static int parseHex(String text) {
        try {
            return text.isEmpty() ? 0 : Integer.parseInt(text.trim(), 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Parses the sysfs {@code speed} attribute ("1.5", "12", "480", "5000") to whole Mbit/s, 0 if unknown. */
    public static int parseSpeedMbps(String text) {
        try {
            double mbps = Double.parseDouble(text.trim());
            return mbps > 0 ? (int) Math.floor(mbps) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
