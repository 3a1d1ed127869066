package dev.farmguard.agent.probe.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.testing.FakeTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WifiParsersTest {

    private static final String FIXTURES = "/wifi/linux/";
    private static final InterfaceInfo WLAN = new InterfaceInfo("wlp0s20f3", "wlp0s20f3", "a4:c3:f0:12:34:56",
            InterfaceKind.WIFI, List.of(), List.of(), true, 0);

    @TempDir
    Path root;

    private final List<List<String>> commandsRun = new ArrayList<>();

    @Test
    void iwLinkGivesTheJoinedNetwork() {
        assertThat(IwOutput.parseLink(FakeTree.text(FIXTURES + "iw-joined/link.txt")))
                .contains(new WifiInfo("HomeNet 5G", "24:a4:3c:12:34:56", -56, 5180));
        assertThat(IwOutput.parseLink(FakeTree.text(FIXTURES + "iw-not-connected/link.txt"))).isEmpty();
    }

    @Test
    void iwScanDumpGivesEveryBssWithEscapedAndHiddenSsids() {
        assertThat(IwOutput.parseScan(FakeTree.text(FIXTURES + "iw-joined/scan-dump.txt"))).containsExactly(
                new AccessPointInfo("HomeNet 5G", "24:a4:3c:12:34:56", -56, 5180),
                new AccessPointInfo("HomeNet", "24:a4:3c:12:34:55", -48, 2437),
                new AccessPointInfo("Café Guest", "00:1d:7e:aa:bb:cc", -83, 2412),
                new AccessPointInfo("", "9e:05:d6:01:02:03", -77, 5745));
    }

    @Test
    void nmcliTerseRowsAreUnescapedAndQualityMappedBackToDbm() {
        List<NmcliWifi.Row> rows = NmcliWifi.parse(FakeTree.text(FIXTURES + "nmcli-joined/wifi-list.txt"));

        assertThat(rows).containsExactly(
                new NmcliWifi.Row(true, new AccessPointInfo("HomeNet 5G", "24:a4:3c:12:34:56", -56, 5180)),
                new NmcliWifi.Row(false, new AccessPointInfo("HomeNet", "24:a4:3c:12:34:55", -48, 2437)),
                new NmcliWifi.Row(false, new AccessPointInfo("Caf\\e: Guest", "00:1d:7e:aa:bb:cc", -83, 2412)),
                new NmcliWifi.Row(false, new AccessPointInfo("", "9e:05:d6:01:02:03", -77, 5745)));
        assertThat(NmcliWifi.qualityToDbm(100)).isEqualTo(-40);
        assertThat(NmcliWifi.qualityToDbm(0)).isEqualTo(-100);
    }

    @Test
    void procNetWirelessNamesWirelessInterfacesWithTheirLevel() {
        assertThat(ProcNetWireless.parse(FakeTree.text(FIXTURES + "iw-joined/wireless").lines().toList()))
                .isEqualTo(Map.of("wlp0s20f3", -56));
    }

    @Test
    void withIwTheReaderAsksLinkAndCachedScanPerWirelessInterface() {
        new FakeTree(root).file("/proc/net/wireless", FakeTree.text(FIXTURES + "iw-joined/wireless"));
        CommandRunner iw = command -> {
            commandsRun.add(command.argv());
            String file = command.argv().contains("link") ? "iw-joined/link.txt" : "iw-joined/scan-dump.txt";
            if (!command.argv().get(0).equals("iw")) {
                throw new IOException("not installed");
            }
            return new CommandResult(0, FakeTree.text(FIXTURES + file));
        };

        LinuxWifi.Reading reading = new LinuxWifi(root, iw).read(List.of(WLAN));

        assertThat(reading.joined()).isEqualTo(new WifiInfo("HomeNet 5G", "24:a4:3c:12:34:56", -56, 5180));
        assertThat(reading.visible()).extracting(AccessPointInfo::signalDbm).containsExactly(-48, -56, -77, -83);
        assertThat(commandsRun).containsExactly(List.of("iw", "dev", "wlp0s20f3", "link"),
                List.of("iw", "dev", "wlp0s20f3", "scan", "dump"));
    }

    @Test
    void withoutIwNmcliIsUsedAndTheKernelsLevelReplacesTheRoundedQuality() {
        new FakeTree(root).file("/proc/net/wireless", FakeTree.text(FIXTURES + "nmcli-joined/wireless"));
        CommandRunner nmcliOnly = command -> {
            commandsRun.add(command.argv());
            if (!command.argv().get(0).equals("nmcli")) {
                throw new IOException("not installed");
            }
            return new CommandResult(0, FakeTree.text(FIXTURES + "nmcli-joined/wifi-list.txt"));
        };

        LinuxWifi.Reading reading = new LinuxWifi(root, nmcliOnly).read(List.of());

        assertThat(reading.joined()).isEqualTo(new WifiInfo("HomeNet 5G", "24:a4:3c:12:34:56", -57, 5180));
        assertThat(reading.visible()).hasSize(4);
        assertThat(commandsRun.get(1)).containsExactly("nmcli", "-t", "-f", "ACTIVE,SSID,BSSID,SIGNAL,FREQ", "device",
                "wifi", "list", "--rescan", "no");
    }

    @Test
    void noWirelessInterfaceRunsNothing() {
        LinuxWifi.Reading reading = new LinuxWifi(root, command -> {
            commandsRun.add(command.argv());
            throw new IOException("not installed");
        }).read(List.of());

        assertThat(reading).isEqualTo(new LinuxWifi.Reading(null, List.of()));
        assertThat(commandsRun).isEmpty();
    }
}
