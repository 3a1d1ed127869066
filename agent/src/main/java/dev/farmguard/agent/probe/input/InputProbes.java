package dev.farmguard.agent.probe.input;

import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.session.JnaWtsSessions;
import dev.farmguard.agent.probe.session.LinuxSessionProbe;
import java.nio.file.Path;

/** Picks the input-activity reader for the platform. */
public final class InputProbes {

    private InputProbes() {
    }

    public static InputProbe create(ProbeContext context) {
        return switch (context.platform()) {
            case LINUX -> new LinuxInputProbe(
                    new LinuxSessionProbe(context.fsRoot(), context.commands(), context.clock()),
                    context.fsRoot().equals(Path.of("/")) ? new X11ScreenSaverIdle() : X11IdleSource.NONE,
                    context.environment().get("DISPLAY"), context.clock());
            case MACOS -> new MacosInputProbe(context.commands());
            case WINDOWS -> new WindowsInputProbe(new JnaWindowsInput(), new JnaWtsSessions());
            default -> warnings -> {
                throw ProbeException.notSupported(InputProbe.FAMILY, context.platform());
            };
        };
    }
}
