package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import java.time.ZoneId;

/** Picks the session reader for the platform. */
public final class SessionProbes {

    private SessionProbes() {
    }

    public static SessionProbe create(ProbeContext context) {
        return switch (context.platform()) {
            case LINUX -> new LinuxSessionProbe(context.fsRoot(), context.commands(), context.clock());
            case MACOS -> new MacosSessionProbe(context.commands(), context.clock(), ZoneId.systemDefault());
            case WINDOWS -> new WindowsSessionProbe(new JnaWtsSessions());
            default -> warnings -> {
                throw ProbeException.notSupported(SessionProbe.FAMILY, context.platform());
            };
        };
    }
}
