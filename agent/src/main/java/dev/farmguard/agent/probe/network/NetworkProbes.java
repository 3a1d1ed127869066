package dev.farmguard.agent.probe.network;

import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.time.ZoneId;

/** Picks the network reader for the platform. */
public final class NetworkProbes {

    private NetworkProbes() {
    }

    public static NetworkProbe create(ProbeContext context) {
        return switch (context.platform()) {
            case LINUX -> new LinuxNetworkProbe(context.fsRoot(), context.catalog(), PathExpander.forContext(context),
                    InterfaceAddressSource.SYSTEM, context.commands());
            case MACOS -> new MacosNetworkProbe(context.fsRoot(), context.catalog(), PathExpander.forContext(context),
                    context.commands(), ZoneId.systemDefault());
            case WINDOWS -> new WindowsNetworkProbe(WindowsSystem.live(context), context.catalog());
            default -> warnings -> {
                throw ProbeException.notSupported(NetworkProbe.FAMILY, context.platform());
            };
        };
    }
}
