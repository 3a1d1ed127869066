package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.LaunchdJob;
import dev.farmguard.agent.probe.macos.LaunchdJobs;
import dev.farmguard.agent.probe.macos.LsofSocket;
import dev.farmguard.agent.probe.macos.LsofSockets;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.macos.MacInstalls;
import dev.farmguard.agent.probe.macos.MacProcess;
import dev.farmguard.agent.probe.macos.MacProcessTable;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * macOS remote-access reader: catalog processes from {@code ps}, catalog launchd jobs (label, or the program
 * they run), catalog install paths and {@code /Applications/*.app} bundles named like a catalog process,
 * TCP listeners and connections from {@code lsof} (which names each socket's process), AnyDesk/TeamViewer
 * logs and AnyDesk unattended access, and Screen Sharing / Remote Management / Remote Login. Socket rules
 * are Linux's: listeners on catalog ports or owned by catalog processes; connections owned by catalog
 * processes or inbound to a catalog-port listener. Without root, lsof sees only the agent user's sockets.
 */
public final class MacosRemoteAccessProbe implements RemoteAccessProbe {

    private final Path root;
    private final Supplier<CatalogMatcher> catalog;
    private final CommandRunner commands;
    private final ZoneId zone;
    private final MacInstalls installs;
    private final MacosRemoteLogs logs;

    /**
     * @param root fsRoot ("/" live, a temp dir in tests)
     * @param zone the zone {@code ps} prints start times in (the agent's own)
     */
    public MacosRemoteAccessProbe(Path root, Supplier<CatalogMatcher> catalog, PathExpander expander,
                                  CommandRunner commands, ZoneId zone) {
        this.root = root;
        this.zone = zone;
        this.catalog = catalog;
        this.commands = commands;
        this.installs = new MacInstalls(root, expander);
        this.logs = new MacosRemoteLogs(root);
    }

    @Override
    public RemoteAccessInfo collect(ProbeWarnings warnings) {
        CatalogMatcher matcher = catalog.get();
        List<MacProcess> all = MacProcessTable.read(commands, zone, warnings);
        List<ProcessMatch> processes = new ArrayList<>();
        for (MacProcess process : all) {
            matcher.remoteToolForProcess(process.names()).ifPresent(tool -> processes.add(new ProcessMatch(
                    process.pid(), process.name(), process.path(), process.commandLine(), process.user(),
                    process.startedAt(), tool)));
        }
        List<ServiceMatch> services = new ArrayList<>();
        for (LaunchdJob job : LaunchdJobs.read(root, commands, warnings)) {
            job.match(matcher::remoteToolForService, matcher::remoteToolForProcess).ifPresent(tool -> services.add(new ServiceMatch(job.label(), "",
                    job.pid() > 0 ? "running" : job.loaded() ? "stopped" : "",
                    job.disabled() ? "disabled" : job.autoStart() ? "auto" : "manual",
                    job.plistPath().isEmpty() ? job.program() : job.plistPath(), tool)));
        }
        List<LsofSocket> listening = lsof(MacCommands.LSOF_LISTEN, warnings);
        List<LsofSocket> established = lsof(MacCommands.LSOF_ESTABLISHED, warnings);
        Set<Integer> toolPids = new HashSet<>();
        processes.forEach(p -> toolPids.add(p.pid()));
        RemoteSockets.Selection<LsofSocket> chosen = RemoteSockets.select(listening, established, LsofSocket::localPort,
                s -> toolPids.contains(s.pid()), port -> matcher.remoteToolForPort(port).isPresent());
        MacosRemoteLogs.Found found = logs.read();
        return new RemoteAccessInfo(processes, services, installs(matcher),
                chosen.listeners().stream().map(MacosRemoteAccessProbe::info).toList(),
                chosen.connections().stream().map(MacosRemoteAccessProbe::info).toList(), found.entries(),
                found.unattended(), MacosOsServers.read(commands, all, listening, warnings));
    }

    private List<InstallMatch> installs(CatalogMatcher matcher) {
        return installs.find(matcher.remoteToolInstallPaths(), matcher::remoteToolForProcess).stream()
                .map(install -> new InstallMatch(install.path(), install.toolId())).toList();
    }

    private List<LsofSocket> lsof(Command command, ProbeWarnings warnings) {
        // lsof exits 1 when nothing matched: that is an empty answer, not a failure
        return MacCommands.output(commands, command, warnings).map(LsofSockets::parse).orElse(List.of());
    }

    private static SocketInfo info(LsofSocket s) {
        return new SocketInfo(s.protocol(), s.localAddress(), s.localPort(), s.isListener() ? "" : s.remoteAddress(),
                s.isListener() ? 0 : s.remotePort(), s.pid(), s.command(), s.state());
    }
}
