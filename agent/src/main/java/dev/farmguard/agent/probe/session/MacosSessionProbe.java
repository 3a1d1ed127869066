package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.macos.CommandException;
import dev.farmguard.agent.probe.macos.CommandRunner;
import dev.farmguard.agent.probe.macos.LsofSocket;
import dev.farmguard.agent.probe.macos.LsofSockets;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.macos.MacProcess;
import dev.farmguard.agent.probe.macos.MacProcessTable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** macOS sessions: {@code who}, plus Screen Sharing connections from {@code lsof} (see {@link MacosSessions}). */
public final class MacosSessionProbe implements SessionProbe {

    private final CommandRunner commands;
    private final Clock clock;

    public MacosSessionProbe(CommandRunner commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public List<SessionInfo> collect(ProbeWarnings warnings) throws ProbeException {
        List<SessionInfo> sessions = new ArrayList<>();
        try {
            sessions.addAll(MacosSessions.fromWho(commands.run(MacCommands.WHO).stdout(), clock.instant()));
        } catch (CommandException e) {
            throw new ProbeException(e.getMessage(), e);
        }
        try {
            List<LsofSocket> established = LsofSockets.parse(commands.run(MacCommands.LSOF_ESTABLISHED).stdout());
            if (established.stream().anyMatch(s -> s.command().equals("screensharingd"))) {
                Map<Integer, MacProcess> processes = MacProcessTable.read(commands, warnings).stream()
                        .collect(Collectors.toMap(MacProcess::pid, Function.identity(), (a, b) -> a));
                sessions.addAll(MacosSessions.screenSharing(established, processes));
            }
        } catch (CommandException e) {
            warnings.warn("Screen Sharing sessions unknown: " + e.getMessage());
        }
        return sessions;
    }
}
