package dev.farmguard.agent.probe.usb;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Windows USB reader: present USB, HID and USBSTOR device nodes from Win32_PnPEntity with their parents
 * and bus-reported names from {@code Get-PnpDeviceProperty} (one PowerShell run), then the HID class
 * driver for each HID collection (strings, absolute X/Y). Windows does not keep the iManufacturer string
 * or the link speed of a device: the manufacturer is known only for devices with a HID function (where
 * the HID driver reads it), the speed stays 0.
 */
public final class WindowsUsbProbe implements UsbProbe {

    static final String SCRIPT = """
            $devices = @(Get-CimInstance Win32_PnPEntity -Filter "PNPDeviceID LIKE 'USB\\\\%' OR PNPDeviceID LIKE 'HID\\\\%' OR PNPDeviceID LIKE 'USBSTOR\\\\%'" | Select-Object PNPDeviceID, Name, Manufacturer, PNPClass, Service, Present, HardwareID, CompatibleID)
            $properties = @()
            if ($devices.Count -gt 0) {
                $properties = @(Get-PnpDeviceProperty -InstanceId @($devices | ForEach-Object { $_.PNPDeviceID }) -KeyName DEVPKEY_Device_Parent, DEVPKEY_Device_BusReportedDeviceDesc -ErrorAction SilentlyContinue | Where-Object { $null -ne $_.Data } | Select-Object InstanceId, KeyName, Data)
            }
            [pscustomobject]@{ Devices = $devices; Properties = $properties } | ConvertTo-Json -Depth 4
            """;

    private final WindowsSystem system;
    private final WindowsHidDevices hid;

    public WindowsUsbProbe(WindowsSystem system, WindowsHidDevices hid) {
        this.system = system;
        this.hid = hid;
    }

    @Override
    public List<UsbDeviceInfo> collect(ProbeWarnings warnings) throws Exception {
        // cacheable: the jiggler probe reads the same list
        List<WindowsPnpDevice> nodes = WindowsPnpDevice.parse(system.powerShellJson("usb", SCRIPT, true));
        AtomicInteger unreadable = new AtomicInteger();
        List<UsbDeviceInfo> devices = WindowsUsbTree.build(nodes, id -> {
            Optional<WindowsHidDevices.Facts> facts = hid.read(id);
            if (facts.isEmpty()) {
                unreadable.incrementAndGet();
            }
            return facts;
        });
        if (unreadable.get() > 0) {
            warnings.warn("cannot open " + unreadable.get() + " HID collection(s); their strings are unknown and only"
                    + " digitizers count as absolute pointers");
        }
        return devices;
    }
}
