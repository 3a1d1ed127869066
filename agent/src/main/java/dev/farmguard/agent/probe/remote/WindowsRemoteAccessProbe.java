package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.InstallPathFinder;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.windows.WindowsProcess;
import dev.farmguard.agent.probe.windows.WindowsProcesses;
import dev.farmguard.agent.probe.windows.WindowsService;
import dev.farmguard.agent.probe.windows.WindowsServices;
import dev.farmguard.agent.probe.windows.WindowsSocket;
import dev.farmguard.agent.probe.windows.WindowsSockets;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Windows remote-access reader: catalog processes (Win32_Process, owners asked for matches only), catalog
 * services (Win32_Service name or display name), catalog install paths, sockets (Get-NetTCPConnection,
 * Get-NetUDPEndpoint) chosen as on Linux, AnyDesk and TeamViewer logs and unattended settings, and the
 * Remote Desktop and OpenSSH servers. The process list is needed for socket owners; without it the probe
 * fails. Every other part fails soft with a warning.
 */
public final class WindowsRemoteAccessProbe implements RemoteAccessProbe {

    private final WindowsSystem system;
    private final Supplier<CatalogMatcher> catalog;
    private final WindowsProcesses processes;
    private final WindowsServices services;
    private final WindowsSockets sockets;
    private final InstallPathFinder installs;
    private final WindowsRemoteLogs logs;

    public WindowsRemoteAccessProbe(WindowsSystem system, Supplier<CatalogMatcher> catalog) {
        this.system = system;
        this.catalog = catalog;
        this.processes = new WindowsProcesses(system);
        this.services = new WindowsServices(system);
        this.sockets = new WindowsSockets(system);
        this.installs = system.installPaths();
        this.logs = new WindowsRemoteLogs(system);
    }

    @Override
    public RemoteAccessInfo collect(ProbeWarnings warnings) throws Exception {
        CatalogMatcher matcher = catalog.get();
        List<WindowsProcess> all = processes.list();
        Map<Integer, String> tools = new HashMap<>();
        for (WindowsProcess process : all) {
            matcher.remoteToolForProcess(process.names()).ifPresent(tool -> tools.put(process.pid(), tool));
        }
        Map<Integer, String> owners = owners(tools.keySet(), warnings);
        List<ProcessMatch> matched = new ArrayList<>();
        for (WindowsProcess p : all) {
            if (tools.containsKey(p.pid())) {
                matched.add(new ProcessMatch(p.pid(), p.name(), p.path(), p.commandLine(),
                        owners.getOrDefault(p.pid(), ""), p.startedAt(), tools.get(p.pid())));
            }
        }
        List<WindowsService> allServices = listServices(warnings);
        List<ServiceMatch> matchedServices = new ArrayList<>();
        for (WindowsService s : allServices) {
            matcher.remoteToolForService(s.name()).or(() -> matcher.remoteToolForService(s.displayName()))
                    .ifPresent(tool -> matchedServices.add(
                            new ServiceMatch(s.name(), s.displayName(), s.state(), s.startMode(), s.path(), tool)));
        }
        List<InstallMatch> installed = new ArrayList<>();
        for (CatalogMatcher.PathSignature signature : matcher.remoteToolInstallPaths()) {
            installs.find(signature.path()).forEach(path -> installed.add(new InstallMatch(path, signature.toolId())));
        }
        List<WindowsSocket> allSockets = listSockets(warnings);
        Map<Integer, String> names = new HashMap<>();
        all.forEach(p -> names.put(p.pid(), p.name()));
        RemoteSockets.Selection<WindowsSocket> chosen = RemoteSockets.select(
                allSockets.stream().filter(WindowsSocket::isListener).toList(),
                allSockets.stream().filter(WindowsSocket::isConnection).toList(),
                WindowsSocket::localPort, s -> tools.containsKey(s.pid()),
                port -> matcher.remoteToolForPort(port).isPresent());
        return new RemoteAccessInfo(matched, matchedServices, installed,
                chosen.listeners().stream().map(s -> info(s, names)).toList(),
                chosen.connections().stream().map(s -> info(s, names)).toList(),
                logs.entries(), logs.unattended(),
                WindowsRemoteDesktopServers.read(system, allServices, allSockets));
    }

    private Map<Integer, String> owners(Set<Integer> pids, ProbeWarnings warnings) {
        try {
            return processes.owners(pids);
        } catch (ProbeException e) {
            warnings.warn("process owners unknown: " + e.getMessage());
            return Map.of();
        }
    }

    private List<WindowsService> listServices(ProbeWarnings warnings) {
        try {
            return services.list();
        } catch (ProbeException e) {
            warnings.warn("services unknown: " + e.getMessage());
            return List.of();
        }
    }

    private List<WindowsSocket> listSockets(ProbeWarnings warnings) {
        try {
            return sockets.list();
        } catch (ProbeException e) {
            warnings.warn("sockets unknown: " + e.getMessage());
            return List.of();
        }
    }

    /** The owner's name is given even when it is not a catalog process. */
    private static SocketInfo info(WindowsSocket s, Map<Integer, String> names) {
        return new SocketInfo(s.protocol(), s.localAddress(), s.localPort(), s.remoteAddress(), s.remotePort(),
                s.pid(), s.pid() == 0 ? "" : names.getOrDefault(s.pid(), ""), s.state());
    }
}
