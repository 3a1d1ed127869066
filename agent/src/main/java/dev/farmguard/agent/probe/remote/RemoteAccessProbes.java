package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.time.ZoneId;

/** Picks the remote-access reader for the platform. */
public final class RemoteAccessProbes {

    private RemoteAccessProbes() {
    }

    public static RemoteAccessProbe create(ProbeContext context) {
        return switch (context.platform()) {
            case LINUX -> new LinuxRemoteAccessProbe(context.fsRoot(), context.catalog(), PathExpander.forContext(context));
            case MACOS -> new MacosRemoteAccessProbe(context.fsRoot(), context.catalog(), PathExpander.forContext(context),
                    context.commands(), ZoneId.systemDefault());
            case WINDOWS -> new WindowsRemoteAccessProbe(WindowsSystem.live(context), context.catalog());
            default -> warnings -> {
                throw ProbeException.notSupported(RemoteAccessProbe.FAMILY, context.platform());
            };
        };
    }
}
