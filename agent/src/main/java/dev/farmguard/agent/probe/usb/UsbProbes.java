package dev.farmguard.agent.probe.usb;

import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.windows.WindowsSystem;

/** Picks the USB reader for the platform. */
public final class UsbProbes {

    private UsbProbes() {
    }

    public static UsbProbe create(ProbeContext context) {
        return switch (context.platform()) {
            case LINUX -> new LinuxUsbProbe(context.fsRoot());
            case MACOS -> new MacosUsbProbe(context.commands());
            case WINDOWS -> new WindowsUsbProbe(WindowsSystem.live(context), new JnaWindowsHidDevices());
            default -> warnings -> {
                throw ProbeException.notSupported(UsbProbe.FAMILY, context.platform());
            };
        };
    }
}
