package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.InstallPathFinder;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.procfs.LinuxProcessTable;
import dev.farmguard.agent.probe.procfs.LinuxSocketTable;
import dev.farmguard.agent.probe.procfs.NetSocket;
import dev.farmguard.agent.probe.procfs.ProcessEntry;
import dev.farmguard.agent.probe.services.LinuxServiceUnits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Linux remote-access reader: catalog processes from {@code /proc}, catalog systemd units, catalog install
 * paths on disk, and sockets from {@code /proc/net} attributed to processes through {@code /proc/PID/fd}.
 * Reported sockets: listeners on catalog ports or owned by catalog processes; connections owned by
 * catalog processes or inbound to a catalog-port listener. The owner of a reported socket is named even
 * when it is not a catalog process (an unknown server on port 5900 is the point); no other process is.
 * Tool logs and unattended-access settings come from {@link LinuxRemoteToolTraces}, the OS's own servers
 * from {@link LinuxOsRemoteDesktops}.
 */
public final class LinuxRemoteAccessProbe implements RemoteAccessProbe {

    private final Supplier<CatalogMatcher> catalog;
    private final LinuxProcessTable processes;
    private final LinuxSocketTable sockets;
    private final LinuxServiceUnits units;
    private final InstallPathFinder installs;
    private final LinuxRemoteToolTraces traces;
    private final LinuxOsRemoteDesktops osServers;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public LinuxRemoteAccessProbe(Path root, Supplier<CatalogMatcher> catalog, PathExpander expander) {
        this.catalog = catalog;
        this.processes = new LinuxProcessTable(root);
        this.sockets = new LinuxSocketTable(root);
        this.units = new LinuxServiceUnits(root);
        this.installs = new InstallPathFinder(root, expander);
        this.traces = new LinuxRemoteToolTraces(root);
        this.osServers = new LinuxOsRemoteDesktops(root, units);
    }

    @Override
    public RemoteAccessInfo collect(ProbeWarnings warnings) {
        CatalogMatcher matcher = catalog.get();
        List<ProcessMatch> matched = new ArrayList<>();
        for (ProcessEntry entry : processes.find(names -> matcher.remoteToolForProcess(names.all()).isPresent())) {
            String tool = matcher.remoteToolForProcess(entry.names().all()).orElse("");
            matched.add(new ProcessMatch(entry.pid(), entry.name(), entry.exe(), entry.commandLine(), entry.user(),
                    entry.startedAt(), tool));
        }
        List<ServiceMatch> services = units.find(name -> matcher.remoteToolForService(name).isPresent()).stream()
                .map(unit -> new ServiceMatch(unit.name(), "", unit.state(), unit.startMode(), unit.path(),
                        matcher.remoteToolForService(unit.name()).orElse("")))
                .toList();
        List<InstallMatch> installed = new ArrayList<>();
        for (CatalogMatcher.PathSignature signature : matcher.remoteToolInstallPaths()) {
            installs.find(signature.path()).forEach(path -> installed.add(new InstallMatch(path, signature.toolId())));
        }
        List<NetSocket> all = sockets.readAll(warnings);
        RemoteSockets.Selection<SocketInfo> selection = selectSockets(matcher, matched, all, warnings);
        return new RemoteAccessInfo(matched, services, installed, selection.listeners(), selection.connections(),
                traces.logEntries(), traces.unattended(), osServers.find(all));
    }

    private RemoteSockets.Selection<SocketInfo> selectSockets(CatalogMatcher matcher, List<ProcessMatch> matched,
                                                              List<NetSocket> all, ProbeWarnings warnings) {
        Map<Long, Integer> owners = new HashMap<>();
        for (ProcessMatch process : matched) {
            processes.socketInodes(process.pid()).forEach(inode -> owners.put(inode, process.pid()));
        }
        RemoteSockets.Selection<NetSocket> chosen = RemoteSockets.select(
                all.stream().filter(NetSocket::isListener).toList(),
                all.stream().filter(NetSocket::isConnection).toList(),
                NetSocket::localPort, s -> owners.containsKey(s.inode()),
                port -> matcher.remoteToolForPort(port).isPresent());
        resolveMissingOwners(chosen.listeners(), chosen.connections(), owners, warnings);
        return new RemoteSockets.Selection<>(toInfo(chosen.listeners(), owners), toInfo(chosen.connections(), owners));
    }

    private void resolveMissingOwners(List<NetSocket> listening, List<NetSocket> connected, Map<Long, Integer> owners,
                                      ProbeWarnings warnings) {
        Set<Long> unknown = new HashSet<>();
        listening.forEach(s -> addIfUnknown(unknown, owners, s));
        connected.forEach(s -> addIfUnknown(unknown, owners, s));
        owners.putAll(processes.owners(unknown));
        long stillUnknown = unknown.stream().filter(inode -> !owners.containsKey(inode)).count();
        if (stillUnknown > 0) {
            warnings.warn("owner of " + stillUnknown + " reported socket(s) unknown"
                    + " (other users' /proc/PID/fd need root)");
        }
    }

    private static void addIfUnknown(Set<Long> unknown, Map<Long, Integer> owners, NetSocket socket) {
        if (socket.inode() != 0 && !owners.containsKey(socket.inode())) {
            unknown.add(socket.inode());
        }
    }

    private List<SocketInfo> toInfo(List<NetSocket> selected, Map<Long, Integer> owners) {
        List<SocketInfo> out = new ArrayList<>();
        for (NetSocket s : selected) {
            int pid = owners.getOrDefault(s.inode(), 0);
            out.add(new SocketInfo(s.protocol(), s.localAddress(), s.localPort(),
                    s.isListener() ? "" : s.remoteAddress(), s.isListener() ? 0 : s.remotePort(),
                    pid, pid == 0 ? "" : processes.comm(pid), s.stateName()));
        }
        return out;
    }
}
