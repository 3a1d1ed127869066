package dev.farmguard.agent.probe.usb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link UsbDeviceInfo}s from Plug and Play device nodes. A USB device is a {@code USB\VID_v&PID_p\...}
 * node; a composite device's interfaces are its {@code ...&MI_nn} children; HID collections
 * ({@code HID\...}) and storage units ({@code USBSTOR\...}) hang below those (parents from
 * DEVPKEY_Device_Parent, else the only device with the same VID and PID). Windows keeps some descriptor
 * facts only in compatible ids, so:
 * <ul>
 * <li>interfaces come from {@code USB\Class_cc&SubClass_ss&Prot_pp} (of each MI node, or of a single-interface
 *     device itself);</li>
 * <li>the device class comes from {@code USB\DevClass_cc} of a composite device; a single-interface device's
 *     ids name its device class only when that is non-zero, so a class that may only sit on interfaces
 *     (HID, storage, video...) reads as 0 and the others (hub, CDC, wireless, misc, vendor) as themselves;</li>
 * <li>the serial number is the instance part when it is one (ids Windows makes up contain '&amp;');</li>
 * <li>the SCSI vendor and product are the {@code Ven_} and {@code Prod_} parts of a USBSTOR id.</li>
 * </ul>
 */
public final class WindowsUsbTree {

    private static final Pattern VID_PID = Pattern.compile("VID_([0-9A-F]{4})&PID_([0-9A-F]{4})(&MI_([0-9A-F]{2}))?");
    private static final Pattern CLASS = Pattern.compile(
            "USB\\\\(DEV)?CLASS_([0-9A-F]{2})&SUBCLASS_([0-9A-F]{2})&PROT_([0-9A-F]{2})");
    private static final Pattern USBSTOR = Pattern.compile("(?i)[^&]*&VEN_([^&]*)&PROD_([^&]*)(&REV_.*)?");
    private static final Pattern DIGITIZER_TLC = Pattern.compile("HID_DEVICE_UP:000D_U:[0-9A-F]{4}");
    /** Base classes that may appear in bDeviceClass (usb.org "Defined Class Codes": Device or Both). */
    private static final Set<Integer> DEVICE_LEVEL_CLASSES = Set.of(0x02, 0x09, 0x11, 0xDC, 0xE0, 0xEF, 0xFF);

    private WindowsUsbTree() {
    }

    /**
     * @param nodes every present USB, HID and USBSTOR node
     * @param hid   the HID driver's facts for a {@code HID\...} node (strings and pointer caps)
     */
    public static List<UsbDeviceInfo> build(List<WindowsPnpDevice> nodes,
                                            Function<String, Optional<WindowsHidDevices.Facts>> hid) {
        Map<String, WindowsPnpDevice> byId = new HashMap<>();
        nodes.forEach(node -> byId.put(key(node.instanceId()), node));
        Map<String, List<WindowsPnpDevice>> below = new HashMap<>();
        List<WindowsPnpDevice> devices = new ArrayList<>();
        for (WindowsPnpDevice node : nodes) {
            if (isUsbDevice(node)) {
                devices.add(node);
            }
        }
        for (WindowsPnpDevice node : nodes) {
            if (!isUsbDevice(node)) {
                owner(node, byId, devices).ifPresent(owner ->
                        below.computeIfAbsent(key(owner.instanceId()), k -> new ArrayList<>()).add(node));
            }
        }
        List<UsbDeviceInfo> out = new ArrayList<>();
        for (WindowsPnpDevice device : devices) {
            out.add(describe(device, below.getOrDefault(key(device.instanceId()), List.of()), hid));
        }
        return out;
    }

    private static UsbDeviceInfo describe(WindowsPnpDevice device, List<WindowsPnpDevice> children,
                                          Function<String, Optional<WindowsHidDevices.Facts>> hid) {
        Matcher ids = VID_PID.matcher(device.deviceId());
        ids.find(); // isUsbDevice checked it
        List<WindowsPnpDevice> interfaces = children.stream()
                .filter(c -> c.enumerator().equals("USB") && interfaceNumber(c) >= 0)
                .sorted(Comparator.comparingInt(WindowsUsbTree::interfaceNumber))
                .toList();
        List<UsbInterfaceInfo> interfaceInfos = new ArrayList<>();
        int deviceClass = 0;
        if (interfaces.isEmpty()) {
            Optional<int[]> own = classCode(device, false);
            if (own.isPresent()) {
                int[] c = own.get();
                interfaceInfos.add(new UsbInterfaceInfo(c[0], c[1], c[2]));
                deviceClass = DEVICE_LEVEL_CLASSES.contains(c[0]) ? c[0] : 0;
            }
        } else {
            deviceClass = classCode(device, true).map(c -> c[0]).orElse(0);
            for (WindowsPnpDevice mi : interfaces) {
                classCode(mi, false).ifPresent(c -> interfaceInfos.add(new UsbInterfaceInfo(c[0], c[1], c[2])));
            }
        }
        HidSummary hidSummary = HidSummary.of(children, hid);
        String scsiVendor = "";
        String scsiProduct = "";
        for (WindowsPnpDevice child : children) {
            Matcher stor = USBSTOR.matcher(child.deviceIdAsWritten());
            if (child.enumerator().equals("USBSTOR") && stor.matches()) {
                scsiVendor = scsiText(stor.group(1));
                scsiProduct = scsiText(stor.group(2));
                break;
            }
        }
        String instance = device.instancePart();
        return new UsbDeviceInfo(
                Integer.parseInt(ids.group(1), 16), Integer.parseInt(ids.group(2), 16),
                hidSummary.manufacturer(),
                device.busReportedName().isEmpty() ? hidSummary.product() : device.busReportedName(),
                instance.contains("&") ? hidSummary.serial() : instance,
                deviceClass, interfaceInfos, hidSummary.absolutePointer(), device.instanceId(), 0,
                scsiVendor, scsiProduct);
    }

    /** Strings and pointer facts gathered over a device's HID collections. */
    private record HidSummary(String manufacturer, String product, String serial, boolean absolutePointer) {
        static HidSummary of(List<WindowsPnpDevice> children,
                             Function<String, Optional<WindowsHidDevices.Facts>> hid) {
            String manufacturer = "";
            String product = "";
            String serial = "";
            boolean absolute = false;
            for (WindowsPnpDevice child : children) {
                if (!child.enumerator().equals("HID")) {
                    continue;
                }
                Optional<WindowsHidDevices.Facts> facts = hid.apply(child.instanceId());
                if (facts.isPresent()) {
                    WindowsHidDevices.Facts f = facts.get();
                    manufacturer = manufacturer.isEmpty() ? f.manufacturer() : manufacturer;
                    product = product.isEmpty() ? f.product() : product;
                    serial = serial.isEmpty() ? f.serial() : serial;
                    absolute |= f.caps().length > 0 ? f.capabilities().absolutePointer() : isDigitizer(child);
                } else {
                    absolute |= isDigitizer(child);
                }
            }
            return new HidSummary(manufacturer, product, serial, absolute);
        }
    }

    /** Touch screens, pens and other digitizers report absolute positions by nature. */
    private static boolean isDigitizer(WindowsPnpDevice hidNode) {
        return hidNode.compatibleIds().stream()
                .anyMatch(id -> DIGITIZER_TLC.matcher(id.toUpperCase(Locale.ROOT)).matches());
    }

    static boolean isUsbDevice(WindowsPnpDevice node) {
        if (!node.enumerator().equals("USB")) {
            return false;
        }
        Matcher m = VID_PID.matcher(node.deviceId());
        return m.find() && m.group(4) == null;
    }

    private static int interfaceNumber(WindowsPnpDevice node) {
        Matcher m = VID_PID.matcher(node.deviceId());
        return m.find() && m.group(4) != null ? Integer.parseInt(m.group(4), 16) : -1;
    }

    /** Class, subclass, protocol from the first matching compatible id (DevClass_ or Class_ form). */
    private static Optional<int[]> classCode(WindowsPnpDevice node, boolean deviceForm) {
        for (String id : node.compatibleIds()) {
            Matcher m = CLASS.matcher(id.toUpperCase(Locale.ROOT));
            if (m.matches() && (m.group(1) != null) == deviceForm) {
                return Optional.of(new int[] {Integer.parseInt(m.group(2), 16), Integer.parseInt(m.group(3), 16),
                    Integer.parseInt(m.group(4), 16)});
            }
        }
        return Optional.empty();
    }

    /** The USB device a node belongs to: up the parent chain, else the only device with its VID and PID. */
    private static Optional<WindowsPnpDevice> owner(WindowsPnpDevice node, Map<String, WindowsPnpDevice> byId,
                                                    List<WindowsPnpDevice> devices) {
        WindowsPnpDevice current = node;
        for (int hops = 0; hops < 8 && !current.parent().isEmpty(); hops++) {
            WindowsPnpDevice parent = byId.get(key(current.parent()));
            if (parent == null) {
                break;
            }
            if (isUsbDevice(parent)) {
                return Optional.of(parent);
            }
            current = parent;
        }
        Matcher m = VID_PID.matcher(node.deviceId());
        if (!m.find()) {
            return Optional.empty();
        }
        String vidPid = "VID_" + m.group(1) + "&PID_" + m.group(2);
        List<WindowsPnpDevice> same = devices.stream().filter(d -> d.deviceId().startsWith(vidPid)).toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    /** USBSTOR ids write the INQUIRY strings with '_' for spaces. */
    private static String scsiText(String idPart) {
        return idPart.replace('_', ' ').trim();
    }

    private static String key(String instanceId) {
        return instanceId.toUpperCase(Locale.ROOT);
    }
}
