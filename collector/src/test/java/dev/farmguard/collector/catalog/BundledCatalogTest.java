package dev.farmguard.collector.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The curated catalog holds every identity and tool SIGNALS.md names, each with a source. */
class BundledCatalogTest {

    private final Catalog catalog = CatalogLoader.loadBundled();

    @Test
    void isVersionedAndNewerThanTheSeed() {
        assertThat(catalog.version()).matches("\\d{4}\\.\\d{2}\\.\\d{2}").isGreaterThan("2026.11.21");
    }

    @Test
    void holdsEveryIpKvmOfSignalsSection2() {
        assertThat(catalog.kvms()).extracting(KvmSignature::id).contains("pikvm", "pikvm-tc358743", "pikvm-pico-hid",
                "tinypilot", "jetkvm", "nanokvm", "glinet-comet", "raritan-d2cim-vusb", "aten-kvm", "avocent-kvm");
        KvmSignature pikvm = catalog.kvm("pikvm").orElseThrow();
        assertThat(pikvm.usb()).allSatisfy(u -> {
            assertThat(u.vidPid()).isEqualTo("1d6b:0104");
            assertThat(u.requiresStrings()).isTrue();
        });
        assertThat(pikvm.edid()).extracting(EdidMatch::productCode).contains(0x7770, 0x7771, 0x7772, 0x7773);
        assertThat(pikvm.edid()).extracting(EdidMatch::monitorName)
                .contains("PiKVM", "PiKVM V3", "PiKVM V4 Mini", "PiKVM V4 Plus");
        assertThat(catalog.kvm("pikvm-tc358743").orElseThrow().edid()).extracting(EdidMatch::monitorName)
                .contains("Toshiba-H2C", "PI-KVM Video");
        assertThat(catalog.kvm("pikvm-pico-hid").orElseThrow().usb()).extracting(UsbMatch::vidPid)
                .containsExactly("1209:eda2", "1209:eda3");
        assertThat(catalog.kvm("avocent-kvm").orElseThrow().usb()).hasSize(5);
    }

    @Test
    void holdsEveryRemoteToolOfSignalsSection3() {
        assertThat(catalog.remoteTools()).extracting(RemoteToolSignature::id).contains("anydesk", "teamviewer",
                "rustdesk", "chrome-remote-desktop", "splashtop", "parsec", "screenconnect", "vnc", "rdp-server",
                "goto-logmein", "zoho-assist", "nomachine", "meshcentral", "tactical-rmm", "anyviewer",
                "remote-utilities", "dwservice", "supremo", "ammyy", "hoptodesk", "jump-desktop-connect",
                "quick-assist", "atera", "ninjaone");
        assertThat(catalog.remoteTools().stream().filter(RemoteToolSignature::dprkReported).map(RemoteToolSignature::id))
                .containsExactlyInAnyOrder("anydesk", "teamviewer", "rustdesk", "chrome-remote-desktop", "goto-logmein");
        assertThat(catalog.remoteTool("nomachine").orElseThrow().ports()).contains(4000);
        assertThat(catalog.remoteTool("ammyy").orElseThrow().ports()).contains(5931);
        assertThat(catalog.remoteTool("rdp-server").orElseThrow().ports()).contains(3389);
    }

    @Test
    void holdsVpnsAndJigglersWithAstrillOnTop() {
        VpnSignature astrill = catalog.vpn("astrill").orElseThrow();
        assertThat(astrill.dprkReported()).isTrue();
        assertThat(astrill.weight()).isEqualTo(SignatureWeight.DPRK_REPORTED);
        assertThat(catalog.vpns()).filteredOn(v -> v.id().startsWith("generic-"))
                .allSatisfy(v -> assertThat(v.weight()).isEqualTo(SignatureWeight.GENERIC)).hasSize(3);
        assertThat(catalog.jigglers()).extracting(JigglerSignature::id).contains("mouse-jiggler", "caffeine",
                "move-mouse", "amphetamine", "keepingyouawake");
        assertThat(catalog.jiggler("caffeine").orElseThrow().sources().get(0).reference()).contains("unverified");
    }

    @Test
    void everyEntryCitesASource() {
        List<List<Source>> sources = Stream.of(
                catalog.remoteTools().stream().map(RemoteToolSignature::sources),
                catalog.kvms().stream().map(KvmSignature::sources),
                catalog.vpns().stream().map(VpnSignature::sources),
                catalog.jigglers().stream().map(JigglerSignature::sources)).flatMap(s -> s).toList();
        assertThat(sources).allSatisfy(s -> assertThat(s).isNotEmpty()
                .allSatisfy(x -> assertThat(x.reference()).isNotBlank()));
    }

    @Test
    void keepsTheSeedIdsOtherModulesMayUse() {
        assertThat(catalog.remoteTool("vnc")).isPresent();
        assertThat(catalog.vpn("astrill")).isPresent();
        assertThat(catalog.jiggler("mouse-jiggler")).isPresent();
    }
}
