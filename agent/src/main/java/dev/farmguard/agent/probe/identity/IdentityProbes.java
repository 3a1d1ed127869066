package dev.farmguard.agent.probe.identity;

import dev.farmguard.agent.probe.Memoized;
import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.windows.WindowsSystem;

/** Picks the identity reader for the platform. */
public final class IdentityProbes {

    private IdentityProbes() {
    }

    public static IdentityProbe create(ProbeContext context) {
        Memoized<HardwareFacts> facts = Memoized.of(() -> HardwareFacts.read(context.systemInfo()));
        return switch (context.platform()) {
            case LINUX -> new LinuxIdentityProbe(context.fsRoot(), facts);
            case WINDOWS -> new WindowsIdentityProbe(WindowsSystem.live(context),
                    new OshiIdentityProbe(context.systemInfo(), context.platform(), facts));
            case MACOS -> new MacosIdentityProbe(context.commands(), facts);
            default -> warnings -> {
                throw ProbeException.notSupported(IdentityProbe.FAMILY, context.platform());
            };
        };
    }
}
