package dev.farmguard.agent.probe.usb;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.MacCommands;
import java.util.List;

/** macOS USB reader: one {@code ioreg} call over the IOUSBHostDevice entries, parsed by {@link MacosUsbDevices}. */
public final class MacosUsbProbe implements UsbProbe {

    private final CommandRunner commands;

    public MacosUsbProbe(CommandRunner commands) {
        this.commands = commands;
    }

    @Override
    public List<UsbDeviceInfo> collect(ProbeWarnings warnings) throws ProbeException {
        return MacosUsbDevices.parse(commands.output(MacCommands.IOREG_USB));
    }
}
