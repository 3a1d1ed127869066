package dev.farmguard.agent.probe.locale;

import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.windows.WindowsSystem;

/** Picks the locale reader for the platform. */
public final class LocaleProbes {

    private LocaleProbes() {
    }

    public static LocaleProbe create(ProbeContext context) {
        return switch (context.platform()) {
            case LINUX -> new LinuxLocaleProbe(context.fsRoot(), context.environment(), context.clock(),
                    ClockSync::linuxKernelSynchronized);
            case MACOS -> new MacosLocaleProbe(context.fsRoot(), context.commands(), context.clock());
            case WINDOWS -> new WindowsLocaleProbe(WindowsSystem.live(context), context.clock());
            default -> warnings -> {
                throw ProbeException.notSupported(LocaleProbe.FAMILY, context.platform());
            };
        };
    }
}
