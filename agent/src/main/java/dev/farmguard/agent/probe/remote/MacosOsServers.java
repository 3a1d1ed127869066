package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.LsofSocket;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.macos.MacProcess;
import java.util.List;
import java.util.Optional;

/**
 * The macOS built-in remote servers. Screen Sharing (VNC on 5900) and Remote Login (ssh on 22) are
 * enabled when launchd has their jobs loaded in the system domain ({@code launchctl print system/LABEL}
 * succeeds; a switched-off service is not loaded); Remote Management (Apple Remote Desktop) when its
 * {@code ARDAgent} runs. Listening means a TCP listener on the port (launchd itself holds the Screen
 * Sharing and ssh sockets until a client connects).
 */
final class MacosOsServers {

    static final String SCREEN_SHARING = "screen_sharing";
    static final String REMOTE_MANAGEMENT = "remote_management";
    static final String SSH = "ssh";

    private MacosOsServers() {
    }

    static List<OsRemoteDesktopInfo> read(CommandRunner commands, List<MacProcess> processes,
                                          List<LsofSocket> listeners, ProbeWarnings warnings) {
        boolean ard = processes.stream().anyMatch(p -> p.name().equals("ARDAgent"));
        return List.of(
                new OsRemoteDesktopInfo(SCREEN_SHARING, loaded(commands, MacCommands.LAUNCHCTL_SCREEN_SHARING, warnings),
                        listening(listeners, 5900), 5900),
                new OsRemoteDesktopInfo(REMOTE_MANAGEMENT, ard, listening(listeners, 3283), 3283),
                new OsRemoteDesktopInfo(SSH, loaded(commands, MacCommands.LAUNCHCTL_SSHD, warnings),
                        listening(listeners, 22), 22));
    }

    /** {@code launchctl print system/LABEL} prints "system/LABEL = {" and exits 0 for a loaded job, 113 otherwise. */
    static boolean loaded(CommandRunner commands, Command command, ProbeWarnings warnings) {
        Optional<CommandResult> result = commands.tryRun(command);
        if (result.isEmpty()) {
            warnings.warn("cannot run " + command.name());
            return false;
        }
        String label = command.argv().get(command.argv().size() - 1);
        return result.get().succeeded() && result.get().stdout().stripLeading().startsWith(label + " = {");
    }

    private static boolean listening(List<LsofSocket> listeners, int port) {
        return listeners.stream().anyMatch(s -> s.localPort() == port);
    }
}
