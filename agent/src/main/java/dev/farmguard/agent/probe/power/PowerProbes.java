package dev.farmguard.agent.probe.power;

import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.windows.WindowsSystem;

/** Picks the power reader for the platform. */
public final class PowerProbes {

    private PowerProbes() {
    }

    public static PowerProbe create(ProbeContext context) {
        return switch (context.platform()) {
            case LINUX -> new LinuxPowerProbe(context.fsRoot());
            case MACOS -> new MacosPowerProbe(context.commands());
            case WINDOWS -> new WindowsPowerProbe(WindowsSystem.live(context), new JnaWindowsPowerStatus());
            default -> warnings -> {
                throw ProbeException.notSupported(PowerProbe.FAMILY, context.platform());
            };
        };
    }
}
