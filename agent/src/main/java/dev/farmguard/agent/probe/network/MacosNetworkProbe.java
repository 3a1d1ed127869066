package dev.farmguard.agent.probe.network;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.LaunchdJob;
import dev.farmguard.agent.probe.macos.LaunchdJobs;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.macos.MacInstalls;
import dev.farmguard.agent.probe.macos.MacProcess;
import dev.farmguard.agent.probe.macos.MacProcessTable;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * macOS network reader: interfaces from {@code ifconfig -a} typed by {@code networksetup}'s hardware ports,
 * default gateways from {@code netstat -rn} with MACs from {@code arp -an}, resolvers from {@code scutil --dns},
 * Wi-Fi from {@code system_profiler SPAirPortDataType} (see {@link MacosWifi} for what macOS hides), and catalog
 * VPN clients by process, install path or {@code /Applications} bundle, adapter name and launchd job.
 */
public final class MacosNetworkProbe implements NetworkProbe {

    private final Path root;
    private final Supplier<CatalogMatcher> catalog;
    private final CommandRunner commands;
    private final MacInstalls installs;
    private final ZoneId zone;

    /**
     * @param root filesystem root ("/" live, a temp dir in tests)
     * @param zone the zone {@code ps} prints start times in (the agent's own)
     */
    public MacosNetworkProbe(Path root, Supplier<CatalogMatcher> catalog, PathExpander expander, CommandRunner commands,
                             ZoneId zone) {
        this.root = root;
        this.catalog = catalog;
        this.commands = commands;
        this.installs = new MacInstalls(root, expander);
        this.zone = zone;
    }

    @Override
    public NetworkInfo collect(ProbeWarnings warnings) {
        List<InterfaceInfo> nics = MacosInterfaces.parse(output(MacCommands.IFCONFIG, warnings),
                output(MacCommands.HARDWARE_PORTS, warnings));
        List<GatewayInfo> gateways = MacosRoutes.gateways(output(MacCommands.NETSTAT_ROUTES, warnings),
                MacosRoutes.arp(output(MacCommands.ARP, warnings)));
        List<String> dns = MacosRoutes.dnsServers(output(MacCommands.SCUTIL_DNS, warnings));
        MacosWifi.Wifi wifi = MacosWifi.parse(output(MacCommands.SP_AIRPORT, warnings));
        return new NetworkInfo(nics, gateways, wifi.joined(), wifi.visible(), dns, vpnClients(catalog.get(), nics, warnings));
    }

    private List<VpnClientInfo> vpnClients(CatalogMatcher matcher, List<InterfaceInfo> nics, ProbeWarnings warnings) {
        VpnClients found = new VpnClients();
        for (MacProcess process : MacProcessTable.read(commands, zone, warnings)) {
            matcher.vpnForProcess(process.names()).ifPresent(id -> found.process(id, process.name()));
        }
        for (MacInstalls.Found install : installs.find(matcher.vpnInstallPaths(), matcher::vpnForProcess)) {
            found.install(install.toolId(), install.path());
        }
        for (InterfaceInfo nic : nics) {
            matcher.vpnForAdapter(nic.name()).ifPresent(id -> found.adapter(id, nic.name()));
        }
        for (LaunchdJob job : LaunchdJobs.read(root, commands, warnings)) {
            job.match(matcher::vpnForService, matcher::vpnForProcess)
                    .ifPresent(id -> found.service(id, job.label(), false));
        }
        return found.list();
    }

    private String output(Command command, ProbeWarnings warnings) {
        return MacCommands.output(commands, command, warnings).orElse("");
    }
}
