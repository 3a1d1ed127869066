package dev.farmguard.agent.probe.usb;

import dev.farmguard.agent.probe.Probe;
import java.util.List;

/** Every USB device attached now (root hubs excluded). Readers: {@link LinuxUsbProbe}. */
public interface UsbProbe extends Probe<List<UsbDeviceInfo>> {

    String FAMILY = "usb";
}
