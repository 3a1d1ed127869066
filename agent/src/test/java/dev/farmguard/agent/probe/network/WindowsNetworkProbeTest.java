package dev.farmguard.agent.probe.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.RegExport;
import dev.farmguard.agent.testing.WindowsTestCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsNetworkProbeTest {

    static final String CASE = "/network/windows/farm-laptop/";
    private static final String REMOTE = "/remote_access/windows/farm-laptop/";

    static RecordedCommands commands() {
        return new RecordedCommands()
                .resource("powershell:network", CASE + "network.json")
                .resource("netsh wlan show interfaces", CASE + "netsh-wlan-show-interfaces.txt")
                .resource("netsh wlan show networks mode=bssid", CASE + "netsh-wlan-show-networks-mode-bssid.txt")
                .resource("powershell:processes", REMOTE + "processes.json")
                .resource("powershell:services", REMOTE + "services.json");
    }

    private NetworkInfo collect(RecordedCommands commands, List<String> warnings) throws Exception {
        return new WindowsNetworkProbe(FakeWindows.of(commands, new RegExport(),
                FakeWindows.resourceDirectory(CASE + "drive")), WindowsTestCatalog::matcher).collect(warnings::add);
    }

    @Test
    void readsAdaptersWithTheirKindsAndAddresses() throws Exception {
        NetworkInfo info = collect(commands(), new ArrayList<>());

        assertThat(info.interfaces()).containsExactly(
                new InterfaceInfo("Wi-Fi", "Intel(R) Wi-Fi 6 AX201 160MHz", "8c:8d:28:4a:1b:2c", InterfaceKind.WIFI,
                        List.of("192.168.1.23"), List.of("fe80::c1d2:e3f4:a5b6:c7d8", "2601:645:8100:4a0::1f3e"),
                        true, 1_201_000_000L),
                new InterfaceInfo("Ethernet", "Intel(R) Ethernet Connection (13) I219-V", "54:05:db:7e:11:02",
                        InterfaceKind.ETHERNET, List.of(), List.of(), false, 0),
                new InterfaceInfo("OpenVPN TAP-Windows6", "TAP-Windows Adapter V9", "00:ff:3a:9c:51:7e",
                        InterfaceKind.TUNNEL, List.of("10.8.0.6"), List.of(), true, 1_000_000_000L),
                new InterfaceInfo("OpenVPN Wintun", "Wintun Userspace Tunnel", "", InterfaceKind.TUNNEL,
                        List.of(), List.of(), false, 0),
                new InterfaceInfo("vEthernet (Default Switch)", "Hyper-V Virtual Ethernet Adapter", "00:15:5d:a1:42:07",
                        InterfaceKind.VIRTUAL, List.of("172.25.160.1"), List.of("fe80::9d2e:1a7b:36c4:5e01"), true,
                        10_000_000_000L),
                new InterfaceInfo("Bluetooth Network Connection", "Bluetooth Device (Personal Area Network)",
                        "8c:8d:28:4a:1b:30", InterfaceKind.OTHER, List.of(), List.of(), false, 3_000_000L));
    }

    @Test
    void gatewaysComeInMetricOrderWithTheRoutersMac() throws Exception {
        NetworkInfo info = collect(commands(), new ArrayList<>());

        assertThat(info.gateways()).containsExactly(
                new GatewayInfo("192.168.1.1", "3c:37:86:5e:aa:0f", "Wi-Fi"),
                new GatewayInfo("10.8.0.5", "", "OpenVPN TAP-Windows6"),
                new GatewayInfo("fe80::3e37:86ff:fe5e:aa0f", "3c:37:86:5e:aa:0f", "Wi-Fi"));
    }

    @Test
    void dnsServersOfInterfacesThatAreUpWithoutWindowsPlaceholders() throws Exception {
        assertThat(collect(commands(), new ArrayList<>()).dnsServers()).containsExactly("10.8.0.1", "192.168.1.1");
    }

    @Test
    void readsTheJoinedWifiAndTheScan() throws Exception {
        NetworkInfo info = collect(commands(), new ArrayList<>());

        assertThat(info.wifi()).isEqualTo(new WifiInfo("HOME-5G-AA10", "3c:37:86:5e:aa:10", -52, 5220));
        assertThat(info.visibleAccessPoints()).containsExactly(
                new AccessPointInfo("HOME-5G-AA10", "3c:37:86:5e:aa:10", -52, 5220),
                new AccessPointInfo("HOME-5G-AA10", "3c:37:86:5e:aa:0c", -56, 2437),
                new AccessPointInfo("", "3e:37:86:5e:aa:11", -53, 5220),
                new AccessPointInfo("NETGEAR47", "a0:40:a0:71:22:9b", -85, 6135));
    }

    @Test
    void findsAstrillAndTunnelAdaptersAndVpnServices() throws Exception {
        List<String> warnings = new ArrayList<>();
        NetworkInfo info = collect(commands(), warnings);

        assertThat(info.vpnClients()).containsExactly(
                new VpnClientInfo("astrill", "process:Astrill.exe", true),
                new VpnClientInfo("astrill", "path:C:\\WINDOWS\\System32\\ASproxy64.dll", true),
                new VpnClientInfo("generic-openvpn-tap", "adapter:TAP-Windows Adapter V9", false),
                new VpnClientInfo("generic-wintun", "adapter:OpenVPN Wintun", false),
                new VpnClientInfo("generic-openvpn-tap", "service:OpenVPNService", false));
        assertThat(warnings).isEmpty();
    }

    @Test
    void locationPermissionRefusalIsAWarningAndNoWifi() throws Exception {
        String denied = FakeTree.text(CASE + "netsh-location-denied.txt");
        List<String> warnings = new ArrayList<>();
        NetworkInfo info = collect(commands()
                .result("netsh wlan show interfaces", new CommandResult(1, denied))
                .result("netsh wlan show networks mode=bssid", new CommandResult(1, denied)), warnings);

        assertThat(info.wifi()).isNull();
        assertThat(info.visibleAccessPoints()).isEmpty();
        assertThat(warnings).containsExactly(
                "netsh wlan show interfaces: Windows refuses WLAN details without location permission",
                "netsh wlan show networks mode=bssid: Windows refuses WLAN details without location permission");
    }

    @Test
    void noWlanServiceMeansNoWifiAndNoWarning() throws Exception {
        String stopped = FakeTree.text(CASE + "netsh-wlansvc-stopped.txt");
        List<String> warnings = new ArrayList<>();
        NetworkInfo info = collect(commands()
                .result("netsh wlan show interfaces", new CommandResult(1, stopped))
                .result("netsh wlan show networks mode=bssid", new CommandResult(1, stopped)), warnings);

        assertThat(info.wifi()).isNull();
        assertThat(warnings).isEmpty();
    }

    @Test
    void windows10PrintsBssidAndNoBand() {
        List<String> lines = List.of("    Name                   : Wi-Fi", "    State                  : connected",
                "    SSID                   : Office", "    BSSID                  : 00:11:22:33:44:55",
                "    Channel                : 11", "    Signal                 : 70%");

        assertThat(NetshWlan.joined(lines)).contains(new WifiInfo("Office", "00:11:22:33:44:55", -65, 2462));
        assertThat(NetshWlan.joined(List.of("    Name : Wi-Fi", "    State : disconnected"))).isEmpty();
    }

    @Test
    void frequenciesPerBand() {
        assertThat(NetshWlan.frequencyMhz("1", "2.4 GHz")).isEqualTo(2412);
        assertThat(NetshWlan.frequencyMhz("14", "")).isEqualTo(2484);
        assertThat(NetshWlan.frequencyMhz("149", "")).isEqualTo(5745);
        assertThat(NetshWlan.frequencyMhz("5", "6 GHz")).isEqualTo(5975);
        assertThat(NetshWlan.frequencyMhz("x", "5 GHz")).isZero();
        assertThat(NetshWlan.dbm("0%")).isEqualTo(-100);
        assertThat(NetshWlan.dbm("")).isZero();
    }
}
