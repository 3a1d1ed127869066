package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.LsofSocket;
import dev.farmguard.agent.probe.macos.LsofSockets;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.macos.MacProcess;
import dev.farmguard.agent.probe.macos.MacProcessTable;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** macOS sessions: {@code who}, plus Screen Sharing connections from {@code lsof} (see {@link MacosSessions}). */
public final class MacosSessionProbe implements SessionProbe {

    private final CommandRunner commands;
    private final Clock clock;
    private final ZoneId zone;

    /** @param zone the zone {@code who} and {@code ps} print times in (the agent's own) */
    public MacosSessionProbe(CommandRunner commands, Clock clock, ZoneId zone) {
        this.commands = commands;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<SessionInfo> collect(ProbeWarnings warnings) throws ProbeException {
        List<SessionInfo> sessions = new ArrayList<>(
                MacosSessions.fromWho(commands.output(MacCommands.WHO), clock.instant(), zone));
        List<LsofSocket> established = MacCommands.output(commands, MacCommands.LSOF_ESTABLISHED, warnings)
                .map(LsofSockets::parse).orElse(List.of());
        if (established.stream().anyMatch(s -> s.command().equals("screensharingd"))) {
            Map<Integer, MacProcess> processes = MacProcessTable.read(commands, zone, warnings).stream()
                    .collect(Collectors.toMap(MacProcess::pid, Function.identity(), (a, b) -> a));
            sessions.addAll(MacosSessions.screenSharing(established, processes));
        }
        return sessions;
    }
}
