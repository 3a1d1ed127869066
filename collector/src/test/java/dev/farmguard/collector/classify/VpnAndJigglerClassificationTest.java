package dev.farmguard.collector.classify;

import static dev.farmguard.collector.classify.Fixtures.CLASSIFIER;
import static dev.farmguard.collector.classify.Fixtures.access;
import static dev.farmguard.collector.classify.Fixtures.jigglerHint;
import static dev.farmguard.collector.classify.Fixtures.network;
import static dev.farmguard.collector.classify.Fixtures.nic;
import static dev.farmguard.collector.classify.Fixtures.usb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.catalog.SignatureWeight;
import dev.farmguard.collector.model.Network;
import dev.farmguard.collector.model.RemoteAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class VpnAndJigglerClassificationTest {

    private static List<String> vpnIds(Network n, RemoteAccess a) {
        return CLASSIFIER.vpnClients(n, a).stream().map(SignatureMatch::signatureId).toList();
    }

    @Test
    void astrillOnLinuxByProcessPathAndUnit() {
        RemoteAccess a = access().process("asproxy", "/usr/local/Astrill/asproxy", "")
                .service("astrill-reconnect.service", "", "").install("/usr/local/Astrill").build();
        List<SignatureMatch> m = CLASSIFIER.vpnClients(Network.EMPTY, a);
        assertThat(m).extracting(SignatureMatch::signatureId).containsExactly("astrill");
        assertThat(m.get(0).weight()).isEqualTo(SignatureWeight.DPRK_REPORTED);
        assertThat(m.get(0).evidence()).extracting(Evidence::field).contains(EvidenceField.PROCESS_NAME,
                EvidenceField.SERVICE_NAME, EvidenceField.INSTALL_PATH);
    }

    @Test
    void astrillOnWindowsByItsSystemDll() {
        assertThat(vpnIds(Network.EMPTY, access().install("C:\\Windows\\System32\\ASproxy64.dll").build()))
                .containsExactly("astrill");
    }

    @Test
    void genericAdaptersAreLowWeightEntries() {
        Network n = network(List.of(nic("Ethernet 3", "TAP-Windows Adapter V9"), nic("wg0", ""),
                nic("Local Area Connection", "Wintun Userspace Tunnel")), List.of());
        List<SignatureMatch> m = CLASSIFIER.vpnClients(n, RemoteAccess.EMPTY);
        assertThat(m).extracting(SignatureMatch::signatureId)
                .containsExactlyInAnyOrder("generic-openvpn-tap", "generic-wireguard", "generic-wintun");
        assertThat(m).allSatisfy(x -> assertThat(x.weight()).isEqualTo(SignatureWeight.GENERIC));
    }

    @Test
    void agentHintsAreRecheckedAgainstTheCatalog() {
        Network n = network(List.of(), List.of(new Network.VpnClient("astrill", "/Applications/Astrill.app", true),
                new Network.VpnClient("astrill", "something else entirely", false)));
        List<SignatureMatch> m = CLASSIFIER.vpnClients(n, RemoteAccess.EMPTY);
        assertThat(m).extracting(SignatureMatch::signatureId).containsExactly("astrill");
        assertThat(m.get(0).evidence()).hasSize(1);
        assertThat(m.get(0).evidence().get(0).field()).isEqualTo(EvidenceField.AGENT_VPN_HINT);
        assertThat(m.get(0).evidence().get(0).observed()).contains("(running)").contains("agent said astrill");
    }

    @Test
    void agentHintsAreReadByTheKindTheyName() {
        Network n = network(List.of(), List.of(new Network.VpnClient("astrill", "process:asproxy", true),
                new Network.VpnClient("astrill", "path:/usr/local/Astrill", true),
                new Network.VpnClient("astrill", "adapter:astrill0", true),
                new Network.VpnClient("astrill", "service:astrill-reconnect.service", true),
                new Network.VpnClient("generic-openvpn-tap", "adapter:TAP-Windows Adapter V9", false),
                new Network.VpnClient("astrill", "path:C:\\Windows\\System32\\ASproxy64.dll", false)));
        List<SignatureMatch> m = CLASSIFIER.vpnClients(n, RemoteAccess.EMPTY);

        assertThat(m).extracting(SignatureMatch::signatureId).containsExactlyInAnyOrder("astrill", "generic-openvpn-tap");
        assertThat(m).filteredOn(x -> x.signatureId().equals("astrill")).singleElement()
                .satisfies(x -> assertThat(x.evidence()).extracting(Evidence::matched).containsExactly("asproxy",
                        "/usr/local/Astrill", "astrill*", "astrill-reconnect.service",
                        "%SystemRoot%\\System32\\ASproxy64.dll"));
    }

    @Test
    void aHintIsReadOnlyAsTheKindItNames() {
        // "astrill*" is an adapter pattern: a process or a service called astrill0 is not that adapter
        Network n = network(List.of(), List.of(new Network.VpnClient("astrill", "service:astrill0", true),
                new Network.VpnClient("generic-wireguard", "process:wg0", true)));
        assertThat(CLASSIFIER.vpnClients(n, RemoteAccess.EMPTY)).isEmpty();
    }

    @Test
    void vpnQuietOnOrdinaryInterfacesAndUnknownHints() {
        Network n = network(List.of(nic("eth0", ""), nic("wlan0", ""), nic("docker0", ""), nic("utun3", ""),
                nic("lo", ""), nic("Wi-Fi", "Intel(R) Wi-Fi 6 AX201 160MHz"), nic("tailscale0", "")),
                List.of(new Network.VpnClient("astrill", "C:\\Users\\bob\\notes.txt", false)));
        assertThat(CLASSIFIER.vpnClients(n, RemoteAccess.EMPTY)).isEmpty();
    }

    @Test
    void softwareJigglersByProcessAndInstall() {
        var found = CLASSIFIER.jigglers(List.of(), List.of(), access().process("MouseJiggler.exe", "", "")
                .install("/Applications/Amphetamine.app").build());
        assertThat(found).extracting(SignatureMatch::signatureId)
                .containsExactlyInAnyOrder("mouse-jiggler", "amphetamine");
    }

    @Test
    void jigglerHintsAndUsbDevices() {
        var hints = List.of(jigglerHint("mouse-jiggler", "process", "MouseJiggler.exe"),
                jigglerHint("hid-suspect", "usb", "2e8a:000a HID mouse moving every 30 s"),
                jigglerHint("caffeine", "install", "C:\\Users\\bob\\Desktop\\todo.txt"));
        var found = CLASSIFIER.jigglers(hints, List.of(), RemoteAccess.EMPTY);
        assertThat(found).extracting(SignatureMatch::signatureId)
                .containsExactlyInAnyOrder("mouse-jiggler", "generic-rp2040-hid");
        var byUsb = CLASSIFIER.jigglers(List.of(), List.of(usb(0x2e8a, 0x0005, "Raspberry Pi", "Pico", "")),
                RemoteAccess.EMPTY);
        assertThat(byUsb).extracting(SignatureMatch::signatureId).containsExactly("generic-rp2040-hid");
        assertThat(byUsb.get(0).weight()).isEqualTo(SignatureWeight.GENERIC);
    }

    @Test
    void jigglersQuietOnOrdinaryMiceAndProcesses() {
        var found = CLASSIFIER.jigglers(List.of(), List.of(usb(0x046d, 0xc077, "Logitech", "USB Optical Mouse", "")),
                access().process("explorer.exe", "C:\\Windows\\explorer.exe", "").process("caffeinated-notes", "", "")
                        .build());
        assertThat(found).isEmpty();
    }
}
