package dev.farmguard.agent.probe.usb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.windows.CimJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Plug and Play device node as Win32_PnPEntity describes it, with the two device properties the
 * USB reader asks {@code Get-PnpDeviceProperty} for.
 *
 * @param instanceId            e.g. {@code USB\VID_1D6B&PID_0104\CAFEBABE}
 * @param name                  friendly name, e.g. "HID-compliant mouse"
 * @param compatibleIds         e.g. {@code USB\Class_03&SubClass_01&Prot_02}, {@code HID_DEVICE_UP:000D_U:0004}
 * @param parent                DEVPKEY_Device_Parent, "" if unknown
 * @param busReportedName       DEVPKEY_Device_BusReportedDeviceDesc: the device's iProduct string, "" if none
 */
public record WindowsPnpDevice(String instanceId, String name, String pnpClass, String service,
                               List<String> hardwareIds, List<String> compatibleIds, String parent,
                               String busReportedName) {

    public WindowsPnpDevice {
        hardwareIds = List.copyOf(hardwareIds);
        compatibleIds = List.copyOf(compatibleIds);
    }

    /** The enumerator, upper case: "USB", "HID", "USBSTOR". */
    public String enumerator() {
        int slash = instanceId.indexOf('\\');
        return (slash < 0 ? instanceId : instanceId.substring(0, slash)).toUpperCase(Locale.ROOT);
    }

    /** The device id part between the enumerator and the instance part, upper case. */
    public String deviceId() {
        return deviceIdAsWritten().toUpperCase(Locale.ROOT);
    }

    /** The device id part as Windows wrote it (USBSTOR ids carry the SCSI strings' case). */
    public String deviceIdAsWritten() {
        String[] parts = instanceId.split("\\\\");
        return parts.length < 2 ? "" : parts[1];
    }

    /** The instance part (a serial number, or an id Windows made up, which contains '&'). */
    public String instancePart() {
        int slash = instanceId.lastIndexOf('\\');
        return slash < 0 ? "" : instanceId.substring(slash + 1);
    }

    /**
     * Parses the JSON of {@link WindowsUsbProbe#SCRIPT}: {@code Devices} (Win32_PnPEntity rows) and
     * {@code Properties} (Get-PnpDeviceProperty rows). Devices whose {@code Present} is false are skipped.
     */
    public static List<WindowsPnpDevice> parse(JsonNode root) {
        Map<String, String> parents = new HashMap<>();
        Map<String, String> busNames = new HashMap<>();
        for (JsonNode property : CimJson.items(root.path("Properties"))) {
            String id = CimJson.text(property, "InstanceId").toUpperCase(Locale.ROOT);
            String data = CimJson.text(property, "Data");
            switch (CimJson.text(property, "KeyName")) {
                case "DEVPKEY_Device_Parent" -> parents.put(id, data);
                case "DEVPKEY_Device_BusReportedDeviceDesc" -> busNames.put(id, data);
                default -> { } // not asked for
            }
        }
        List<WindowsPnpDevice> devices = new ArrayList<>();
        for (JsonNode row : CimJson.items(root.path("Devices"))) {
            String id = CimJson.text(row, "PNPDeviceID");
            if (id.isEmpty() || CimJson.bool(row, "Present").orElse(true) == Boolean.FALSE) {
                continue;
            }
            String key = id.toUpperCase(Locale.ROOT);
            devices.add(new WindowsPnpDevice(id, CimJson.text(row, "Name"), CimJson.text(row, "PNPClass"),
                    CimJson.text(row, "Service"), CimJson.strings(row, "HardwareID"), CimJson.strings(row, "CompatibleID"),
                    parents.getOrDefault(key, ""), busNames.getOrDefault(key, "")));
        }
        return devices;
    }
}
