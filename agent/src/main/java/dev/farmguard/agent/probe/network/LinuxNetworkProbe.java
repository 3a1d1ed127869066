package dev.farmguard.agent.probe.network;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.InstallPathFinder;
import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.SoftFiles;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.procfs.LinuxProcessTable;
import dev.farmguard.agent.probe.procfs.ProcessEntry;
import dev.farmguard.agent.probe.services.LinuxServiceUnits;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Linux network reader: interfaces from {@code /sys/class/net}, default gateways from
 * {@code /proc/net/route} and {@code /proc/net/ipv6_route} with the IPv4 gateway's MAC from
 * {@code /proc/net/arp}, DNS servers from {@code /etc/resolv.conf} (systemd-resolved's upstream list when
 * the file only names its stub), Wi-Fi through {@link LinuxWifi}, and catalog VPN clients by install path,
 * process, adapter and unit.
 */
public final class LinuxNetworkProbe implements NetworkProbe {

    private final Path root;
    private final Supplier<CatalogMatcher> catalog;
    private final LinuxInterfaces interfaces;
    private final LinuxProcessTable processes;
    private final LinuxServiceUnits units;
    private final InstallPathFinder installs;
    private final LinuxWifi wifi;

    /**
     * @param root     filesystem root ("/" live, a temp dir in tests)
     * @param commands runs {@code iw} / {@code nmcli} for Wi-Fi
     */
    public LinuxNetworkProbe(Path root, Supplier<CatalogMatcher> catalog, PathExpander expander,
                             InterfaceAddressSource addresses, CommandRunner commands) {
        this.root = root;
        this.catalog = catalog;
        this.interfaces = new LinuxInterfaces(root, addresses);
        this.processes = new LinuxProcessTable(root);
        this.units = new LinuxServiceUnits(root);
        this.installs = new InstallPathFinder(root, expander);
        this.wifi = new LinuxWifi(root, commands);
    }

    @Override
    public NetworkInfo collect(ProbeWarnings warnings) {
        List<InterfaceInfo> nics = interfaces.read();
        if (nics.isEmpty()) {
            warnings.warn("no interfaces in /sys/class/net");
        }
        LinuxWifi.Reading radio = wifi.read(nics);
        return new NetworkInfo(nics, gateways(), radio.joined(), radio.visible(), dnsServers(),
                vpnClients(catalog.get(), nics));
    }

    private List<GatewayInfo> gateways() {
        Map<String, String> arp = ArpTable.parse(SoftFiles.readLines(path("/proc/net/arp")));
        List<GatewayInfo> gateways = new ArrayList<>();
        for (RouteTables.DefaultRoute route
                : RouteTables.parseIpv4(SoftFiles.readLines(path("/proc/net/route")), ByteOrder.nativeOrder())) {
            gateways.add(new GatewayInfo(route.gateway(),
                    arp.getOrDefault(ArpTable.key(route.gateway(), route.interfaceName()), ""), route.interfaceName()));
        }
        for (RouteTables.DefaultRoute route : RouteTables.parseIpv6(SoftFiles.readLines(path("/proc/net/ipv6_route")))) {
            gateways.add(new GatewayInfo(route.gateway(), "", route.interfaceName()));
        }
        return gateways;
    }

    private List<String> dnsServers() {
        List<String> servers = ResolvConf.parseNameservers(SoftFiles.readLines(path("/etc/resolv.conf")));
        if (servers.equals(List.of(ResolvConf.RESOLVED_STUB))) {
            List<String> upstream = ResolvConf.parseNameservers(
                    SoftFiles.readLines(path("/run/systemd/resolve/resolv.conf")));
            if (!upstream.isEmpty()) {
                return upstream;
            }
        }
        return servers;
    }

    private List<VpnClientInfo> vpnClients(CatalogMatcher matcher, List<InterfaceInfo> nics) {
        VpnClients found = new VpnClients();
        for (ProcessEntry process : processes.find(names -> matcher.vpnForProcess(names.all()).isPresent())) {
            matcher.vpnForProcess(process.names().all()).ifPresent(id -> found.process(id, process.name()));
        }
        for (CatalogMatcher.PathSignature signature : matcher.vpnInstallPaths()) {
            installs.find(signature.path()).forEach(path -> found.install(signature.toolId(), path));
        }
        for (InterfaceInfo nic : nics) {
            matcher.vpnForAdapter(nic.name()).ifPresent(id -> found.adapter(id, nic.name()));
        }
        units.find(name -> matcher.vpnForService(name).isPresent()).forEach(unit ->
                matcher.vpnForService(unit.name()).ifPresent(id -> found.service(id, unit.name(), false)));
        return found.list();
    }

    private Path path(String absolute) {
        return OsPaths.under(root, absolute);
    }
}
