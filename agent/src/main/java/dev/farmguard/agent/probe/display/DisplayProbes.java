package dev.farmguard.agent.probe.display;

import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.windows.WindowsSystem;

/** Picks the display reader for the platform. */
public final class DisplayProbes {

    private DisplayProbes() {
    }

    public static DisplayProbe create(ProbeContext context) {
        return switch (context.platform()) {
            case LINUX -> new LinuxDisplayProbe(context.fsRoot());
            case MACOS -> new MacosDisplayProbe(context.commands());
            case WINDOWS -> new WindowsDisplayProbe(WindowsSystem.live(context), new JnaDesktopTopology());
            default -> warnings -> {
                throw ProbeException.notSupported(DisplayProbe.FAMILY, context.platform());
            };
        };
    }
}
