package dev.farmguard.agent.probe.network;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.InstallPathFinder;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.probe.windows.WindowsProcess;
import dev.farmguard.agent.probe.windows.WindowsProcesses;
import dev.farmguard.agent.probe.windows.WindowsService;
import dev.farmguard.agent.probe.windows.WindowsServices;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Windows network reader: adapters, addresses, default routes, the next hops' MACs and DNS servers from
 * one PowerShell run of the NetTCPIP/NetAdapter/DnsClient cmdlets; Wi-Fi from {@code netsh wlan} (joined
 * network and the last scan); catalog VPN clients by process, install path (Astrill's
 * {@code ASproxy64.dll}), adapter name or description (TAP-Windows, Wintun, WireGuard) and service.
 */
public final class WindowsNetworkProbe implements NetworkProbe {

    static final String SCRIPT = """
            $adapters = @(Get-NetAdapter -ErrorAction SilentlyContinue | Select-Object Name, InterfaceDescription, ifIndex, MacAddress, Status, ReceiveLinkSpeed, InterfaceType, NdisPhysicalMedium, HardwareInterface, Virtual, ComponentID)
            $addresses = @(Get-NetIPAddress -ErrorAction SilentlyContinue | Select-Object InterfaceIndex, IPAddress)
            $routes = @(Get-NetRoute -DestinationPrefix '0.0.0.0/0', '::/0' -ErrorAction SilentlyContinue | Select-Object InterfaceIndex, InterfaceAlias, DestinationPrefix, NextHop, RouteMetric)
            $hops = @($routes | ForEach-Object { $_.NextHop })
            $neighbors = @(Get-NetNeighbor -ErrorAction SilentlyContinue | Where-Object { $hops -contains $_.IPAddress } | Select-Object InterfaceIndex, IPAddress, LinkLayerAddress, @{n='State';e={[string]$_.State}})
            $dns = @(Get-DnsClientServerAddress -ErrorAction SilentlyContinue | Select-Object InterfaceIndex, InterfaceAlias, ServerAddresses)
            [pscustomobject]@{ Adapters = $adapters; Addresses = $addresses; Routes = $routes; Neighbors = $neighbors; Dns = $dns } | ConvertTo-Json -Depth 4 -Compress
            """;

    private final WindowsSystem system;
    private final Supplier<CatalogMatcher> catalog;
    private final WindowsProcesses processes;
    private final WindowsServices services;
    private final InstallPathFinder installs;

    public WindowsNetworkProbe(WindowsSystem system, Supplier<CatalogMatcher> catalog) {
        this.system = system;
        this.catalog = catalog;
        this.processes = new WindowsProcesses(system);
        this.services = new WindowsServices(system);
        this.installs = system.installPaths();
    }

    @Override
    public NetworkInfo collect(ProbeWarnings warnings) throws Exception {
        WindowsNetworkState.Parsed state = WindowsNetworkState.parse(system.powerShellJson("network", SCRIPT, false));
        Optional<WifiInfo> wifi = netsh(system.system32("netsh.exe", "wlan", "show", "interfaces"), warnings)
                .flatMap(NetshWlan::joined);
        List<AccessPointInfo> visible = netsh(system.system32("netsh.exe", "wlan", "show", "networks", "mode=bssid"),
                warnings).map(NetshWlan::accessPoints).orElse(List.of());
        return new NetworkInfo(state.interfaces(), state.gateways(), wifi.orElse(null), visible, state.dnsServers(),
                vpnClients(catalog.get(), state.interfaces(), warnings));
    }

    /**
     * netsh's lines, or empty: without a wireless adapter its WLAN service is not running (not worth a
     * warning); Windows 11 24H2 refuses WLAN details without location permission (worth one).
     */
    private Optional<List<String>> netsh(Command command, ProbeWarnings warnings) {
        CommandResult result;
        try {
            result = system.commands().run(command);
        } catch (IOException e) {
            warnings.warn("cannot run " + command.name() + ": " + e.getMessage());
            return Optional.empty();
        }
        String text = result.stdout().toLowerCase(Locale.ROOT);
        if (text.contains("location permission")) {
            warnings.warn(command.name() + ": Windows refuses WLAN details without location permission");
            return Optional.empty();
        }
        if (!result.succeeded() || text.contains("wlansvc")) {
            return Optional.empty();
        }
        return Optional.of(result.stdout().lines().toList());
    }

    private List<VpnClientInfo> vpnClients(CatalogMatcher matcher, List<InterfaceInfo> nics, ProbeWarnings warnings) {
        VpnClients found = new VpnClients();
        try {
            for (WindowsProcess process : processes.list()) {
                matcher.vpnForProcess(process.names()).ifPresent(id -> found.process(id, process.name()));
            }
        } catch (ProbeException e) {
            warnings.warn("VPN processes unknown: " + e.getMessage());
        }
        for (CatalogMatcher.PathSignature signature : matcher.vpnInstallPaths()) {
            installs.find(signature.path()).forEach(path -> found.install(signature.toolId(), path));
        }
        for (InterfaceInfo nic : nics) {
            Optional<String> byName = matcher.vpnForAdapter(nic.name());
            byName.or(() -> matcher.vpnForAdapter(nic.displayName())).ifPresent(tool ->
                    found.adapter(tool, byName.isPresent() ? nic.name() : nic.displayName()));
        }
        try {
            for (WindowsService service : services.list()) {
                matcher.vpnForService(service.name()).or(() -> matcher.vpnForService(service.displayName()))
                        .ifPresent(tool -> found.service(tool, service.name(), service.running()));
            }
        } catch (ProbeException e) {
            warnings.warn("VPN services unknown: " + e.getMessage());
        }
        return found.list();
    }
}
