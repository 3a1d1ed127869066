package dev.farmguard.agent.probe.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.ResourceTrees;
import dev.farmguard.agent.testing.TestCatalog;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MacosNetworkProbeTest {

    static final String DIR = "/network/macos/farm-laptop/";
    private static final String REMOTE = "/remote/macos/farm-laptop/";

    @TempDir
    Path root;

    private NetworkInfo info;
    private final List<String> warnings = new ArrayList<>();

    static RecordedCommands commands() {
        return new RecordedCommands()
                .resource(MacCommands.IFCONFIG, DIR + "ifconfig.txt")
                .resource(MacCommands.HARDWARE_PORTS, DIR + "networksetup.txt")
                .resource(MacCommands.NETSTAT_ROUTES, DIR + "netstat.txt")
                .resource(MacCommands.ARP, DIR + "arp.txt")
                .resource(MacCommands.SCUTIL_DNS, DIR + "scutil-dns.txt")
                .resource(MacCommands.SP_AIRPORT, DIR + "sp-airport.json")
                .resource(MacCommands.PS_PROCESSES, REMOTE + "ps-processes.txt")
                .resource(MacCommands.PS_ARGS, REMOTE + "ps-args.txt")
                .resource(MacCommands.LAUNCHCTL_LIST, REMOTE + "launchctl-list.txt");
    }

    @BeforeEach
    void collect() {
        ResourceTrees.copy(REMOTE + "tree", root);
        PathExpander expander = new PathExpander(Platform.MACOS, Map.of("HOME", "/var/root"), "/var/root");
        info = new MacosNetworkProbe(root, TestCatalog::matcher, expander, commands(), ZoneOffset.UTC)
                .collect(warnings::add);
    }

    @Test
    void interfacesAreTypedByTheirHardwarePort() {
        assertThat(info.interfaces()).extracting(InterfaceInfo::name, InterfaceInfo::kind).containsExactly(
                tuple("lo0", InterfaceKind.LOOPBACK), tuple("gif0", InterfaceKind.TUNNEL),
                tuple("stf0", InterfaceKind.TUNNEL), tuple("anpi0", InterfaceKind.VIRTUAL),
                tuple("en3", InterfaceKind.ETHERNET), tuple("bridge0", InterfaceKind.VIRTUAL),
                tuple("ap1", InterfaceKind.VIRTUAL), tuple("en0", InterfaceKind.WIFI),
                tuple("en7", InterfaceKind.ETHERNET), tuple("awdl0", InterfaceKind.VIRTUAL),
                tuple("llw0", InterfaceKind.VIRTUAL), tuple("utun0", InterfaceKind.TUNNEL),
                tuple("utun1", InterfaceKind.TUNNEL), tuple("utun4", InterfaceKind.TUNNEL));
        InterfaceInfo wifi = info.interfaces().get(7);
        assertThat(wifi.displayName()).isEqualTo("Wi-Fi");
        assertThat(wifi.mac()).isEqualTo("3c:22:fb:12:34:56");
        assertThat(wifi.ipv4Addresses()).containsExactly("192.168.1.23");
        assertThat(wifi.ipv6Addresses()).containsExactly("fe80::1c8a:2bff:fe3d:4e5f", "2001:db8:5:0:1c8a:2bff:fe3d:4e5f",
                "2001:db8:5::23");
        assertThat(wifi.up()).isTrue();
        InterfaceInfo usbLan = info.interfaces().get(8);
        assertThat(usbLan.displayName()).isEqualTo("USB 10/100/1000 LAN");
        assertThat(usbLan.speedBps()).isEqualTo(1_000_000_000L);
        assertThat(info.interfaces().get(4).up()).as("status: inactive").isFalse();
        assertThat(info.interfaces().get(1).up()).as("gif0 is not UP").isFalse();
        assertThat(info.interfaces().get(13).ipv4Addresses()).containsExactly("10.8.0.6");
    }

    @Test
    void gatewaysWithTheRoutersMac() {
        assertThat(info.gateways()).containsExactly(
                new GatewayInfo("192.168.1.1", "04:5a:95:0c:12:ab", "en0"),
                new GatewayInfo("10.20.0.1", "00:e0:4c:01:02:03", "en7"),
                new GatewayInfo("fe80::5e5a:95ff:fe0c:12ab", "", "en0"));
    }

    @Test
    void resolversOfTheMainConfiguration() {
        assertThat(info.dnsServers()).containsExactly("10.8.0.1", "192.168.1.1");
        String scopedOnly = FakeTree.text(DIR + "scutil-dns.txt").replaceAll("(?s)^.*?(DNS configuration \\(for scoped)", "$1");
        assertThat(MacosRoutes.dnsServers(scopedOnly)).containsExactly("192.168.1.1", "2001:db8:5::1", "10.20.0.1");
    }

    @Test
    void wifiNamesAreRedactedOnCurrentMacos() {
        assertThat(info.wifi()).isEqualTo(new WifiInfo("", "", -47, 5745));
        assertThat(info.visibleAccessPoints()).containsExactly(
                new AccessPointInfo("", "", -71, 2437), new AccessPointInfo("", "", 0, 6135));
    }

    @Test
    void wifiNamesOfOlderMacos() {
        MacosWifi.Wifi wifi = MacosWifi.parse(FakeTree.text("/network/macos/ventura-named/sp-airport.json"));

        assertThat(wifi.joined()).isEqualTo(new WifiInfo("HomeNet-5G", "", -58, 5220));
        assertThat(wifi.visible()).containsExactly(new AccessPointInfo("NETGEAR42", "", -80, 2462));
        assertThat(MacosWifi.parse("").joined()).isNull();
    }

    @Test
    void astrillByProcessAndBundle() {
        assertThat(info.vpnClients()).containsExactly(
                new VpnClientInfo("astrill", "process:Astrill", true),
                new VpnClientInfo("astrill", "process:asproxy", true),
                new VpnClientInfo("astrill", "path:/Applications/Astrill.app", true));
        assertThat(warnings).isEmpty();
    }
}
