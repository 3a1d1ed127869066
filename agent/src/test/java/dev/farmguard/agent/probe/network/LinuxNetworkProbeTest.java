package dev.farmguard.agent.probe.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.testing.FakeProc;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.TestCatalog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxNetworkProbeTest {

    @TempDir
    Path root;

    @Test
    void readsInterfacesGatewayDnsAndAstrill() throws UnknownHostException {
        // /proc/net/route holds host-order words; this fixture was recorded on a little-endian machine
        Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN);
        FakeTree tree = new FakeTree(root);
        nic(tree, "wlp0s20f3", "1", "a4:c3:f0:12:34:56", "0x1003", "up", "-1", "DEVTYPE=wlan")
                .dir("/sys/class/net/wlp0s20f3/wireless").dir("/sys/class/net/wlp0s20f3/device");
        nic(tree, "enp0s31f6", "1", "8c:16:45:aa:bb:cc", "0x1003", "up", "1000", "")
                .dir("/sys/class/net/enp0s31f6/device");
        nic(tree, "astrill0", "65534", "", "0x1091", "unknown", "", "DEVTYPE=tun")
                .file("/sys/class/net/astrill0/tun_flags", "0x1001\n");
        nic(tree, "lo", "772", "00:00:00:00:00:00", "0x9", "unknown", "", "");
        nic(tree, "docker0", "1", "02:42:ac:11:00:01", "0x1002", "down", "", "DEVTYPE=bridge")
                .dir("/sys/class/net/docker0/bridge");
        tree.file("/proc/net/route", """
                        Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
                        wlp0s20f3\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
                        wlp0s20f3\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0
                        """)
                .file("/proc/net/arp", """
                        IP address       HW type     Flags       HW address            Mask     Device
                        192.168.1.1      0x1         0x2         a4:2b:b0:11:22:33     *        wlp0s20f3
                        """)
                .file("/etc/resolv.conf", "nameserver 127.0.0.53\noptions edns0\n")
                .file("/run/systemd/resolve/resolv.conf", "nameserver 192.168.1.1\nnameserver 1.1.1.1\n")
                .dir("/usr/local/Astrill")
                .file("/usr/lib/systemd/system/astrill-reconnect.service", "[Service]\n");
        new FakeProc(tree).bootTime(1_763_700_000L)
                .process(700, "asproxy", "/usr/local/Astrill/asproxy", 0, 10, new String[] {"/usr/local/Astrill/asproxy"});
        Map<String, List<InetAddress>> addresses = Map.of(
                "wlp0s20f3", List.of(InetAddress.getByName("192.168.1.23"), InetAddress.getByName("fe80::1%1")),
                "lo", List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")));
        PathExpander expander = new PathExpander(Platform.LINUX, Map.of(), "/root");

        NetworkInfo info = new LinuxNetworkProbe(root, TestCatalog::matcher, expander,
                name -> addresses.getOrDefault(name, List.of()), command -> {
                    if (!command.argv().get(0).equals("iw")) {
                        throw new IOException("not installed");
                    }
                    return new CommandResult(0, FakeTree.text("/wifi/linux/iw-joined/"
                            + (command.argv().contains("link") ? "link.txt" : "scan-dump.txt")));
                }).collect(ProbeWarnings.IGNORE);

        assertThat(info.interfaces()).containsExactly(
                new InterfaceInfo("astrill0", "astrill0", "", InterfaceKind.TUNNEL, List.of(), List.of(), true, 0),
                new InterfaceInfo("docker0", "docker0", "02:42:ac:11:00:01", InterfaceKind.VIRTUAL, List.of(), List.of(),
                        false, 0),
                new InterfaceInfo("enp0s31f6", "enp0s31f6", "8c:16:45:aa:bb:cc", InterfaceKind.ETHERNET, List.of(),
                        List.of(), true, 1_000_000_000L),
                new InterfaceInfo("lo", "lo", "", InterfaceKind.LOOPBACK, List.of("127.0.0.1"), List.of("::1"), true, 0),
                new InterfaceInfo("wlp0s20f3", "wlp0s20f3", "a4:c3:f0:12:34:56", InterfaceKind.WIFI,
                        List.of("192.168.1.23"), List.of("fe80::1"), true, 0));
        assertThat(info.gateways()).containsExactly(new GatewayInfo("192.168.1.1", "a4:2b:b0:11:22:33", "wlp0s20f3"));
        assertThat(info.dnsServers()).containsExactly("192.168.1.1", "1.1.1.1");
        assertThat(info.wifi()).isEqualTo(new WifiInfo("HomeNet 5G", "24:a4:3c:12:34:56", -56, 5180));
        assertThat(info.visibleAccessPoints()).hasSize(4);
        assertThat(info.vpnClients()).containsExactly(
                new VpnClientInfo("astrill", "process:asproxy", true),
                new VpnClientInfo("astrill", "path:/usr/local/Astrill", true),
                new VpnClientInfo("astrill", "adapter:astrill0", true),
                new VpnClientInfo("astrill", "service:astrill-reconnect.service", true));
    }

    private static FakeTree nic(FakeTree tree, String name, String type, String mac, String flags, String operstate,
                                String speed, String uevent) {
        String dir = "/sys/class/net/" + name + "/";
        tree.file(dir + "type", type + "\n").file(dir + "address", mac + "\n").file(dir + "flags", flags + "\n")
                .file(dir + "operstate", operstate + "\n").file(dir + "uevent", "INTERFACE=" + name + "\n" + uevent + "\n");
        if (!speed.isEmpty()) {
            tree.file(dir + "speed", speed + "\n");
        }
        return tree;
    }
}
