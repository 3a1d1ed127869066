package dev.farmguard.agent.probe.usb;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.macos.CommandException;
import dev.farmguard.agent.probe.macos.CommandResult;
import dev.farmguard.agent.probe.macos.CommandRunner;
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
        try {
            CommandResult result = commands.run(MacCommands.IOREG_USB);
            if (!result.succeeded()) {
                throw new ProbeException("ioreg exited with status " + result.exitCode());
            }
            return MacosUsbDevices.parse(result.stdout());
        } catch (CommandException e) {
            throw new ProbeException(e.getMessage(), e);
        }
    }
}
