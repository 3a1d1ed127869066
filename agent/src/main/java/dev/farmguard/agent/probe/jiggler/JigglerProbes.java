package dev.farmguard.agent.probe.jiggler;

import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.usb.JnaWindowsHidDevices;
import dev.farmguard.agent.probe.usb.LinuxUsbProbe;
import dev.farmguard.agent.probe.usb.WindowsUsbProbe;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.time.ZoneId;

/** Picks the jiggler reader for the platform. */
public final class JigglerProbes {

    private JigglerProbes() {
    }

    public static JigglerProbe create(ProbeContext context) {
        return switch (context.platform()) {
            case MACOS -> new MacosJigglerProbe(context.fsRoot(), context.catalog(), PathExpander.forContext(context),
                    context.commands(), ZoneId.systemDefault());
            case LINUX -> new LinuxJigglerProbe(context.fsRoot(), context.catalog(), PathExpander.forContext(context),
                    new LinuxUsbProbe(context.fsRoot()));
            case WINDOWS -> new WindowsJigglerProbe(WindowsSystem.live(context), context.catalog(),
                    new WindowsUsbProbe(WindowsSystem.live(context), new JnaWindowsHidDevices()));
            default -> warnings -> {
                throw ProbeException.notSupported(JigglerProbe.FAMILY, context.platform());
            };
        };
    }
}
