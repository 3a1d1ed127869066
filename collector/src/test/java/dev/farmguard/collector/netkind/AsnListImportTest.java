package dev.farmguard.collector.netkind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upstream format, on a few lines recorded from X4BNet/lists_vpn ({@code /netkind/x4bnet/input/...}). */
class AsnListImportTest {

    @TempDir
    Path dir;

    private static Path upstream(String file) throws URISyntaxException {
        return Path.of(AsnListImportTest.class.getResource("/netkind/x4bnet/input/" + file).toURI());
    }

    @Test
    void vpnAndDataCentreFilesBecomeKindsAndTheCuratedMobileCarriersStay() throws Exception {
        AsnList base = AsnList.loadBundled();
        AsnListImport.Report report = AsnListImport.convert(Optional.of(upstream("vpn/ASN.txt")),
                Optional.of(upstream("datacenter/ASN.txt")), base, "2026-12-07");
        Map<Long, AsnListEntry> byAsn = report.list().entries().stream()
                .collect(Collectors.toMap(AsnListEntry::asn, Function.identity()));

        assertThat(byAsn.get(9009L)).isEqualTo(new AsnListEntry(9009, NetworkKind.VPN, "M247, GB (NordVPN)",
                AsnListImport.VPN_SOURCE));
        assertThat(byAsn.get(14061L).kind()).isEqualTo(NetworkKind.HOSTING);
        assertThat(byAsn.get(60729L).kind()).as("in both files: the VPN file wins").isEqualTo(NetworkKind.VPN);
        assertThat(byAsn.get(42473L).organization()).isEqualTo("ANEXIA-AS A-9020 # Klagenfurt, AT");
        assertThat(byAsn.get(8560L).organization()).isEqualTo("IONOS SE");
        assertThat(byAsn.get(49505L).organization()).as("first of a repeated number")
                .isEqualTo("OOO Network of data-centers Selectel");
        assertThat(report.duplicates()).isEqualTo(2);
        assertThat(report.list().count(NetworkKind.VPN)).isEqualTo(7);
        assertThat(report.list().count(NetworkKind.HOSTING)).isEqualTo(9);
        assertThat(report.list().count(NetworkKind.MOBILE)).isEqualTo(base.count(NetworkKind.MOBILE));
        assertThat(report.list().comments()).isEqualTo(base.comments());
        assertThat(report.list().version()).isEqualTo("2026-12-07");
    }

    @Test
    void theWrittenFileLoadsAsAList() throws Exception {
        Path out = dir.resolve("sub/network-kinds.tsv");
        AsnListImport.run(Optional.of(upstream("vpn/ASN.txt")), Optional.empty(), "v1", out);

        AsnList written = AsnList.load(out);
        assertThat(written.version()).isEqualTo("v1");
        assertThat(written.count(NetworkKind.VPN)).isEqualTo(7);
        assertThat(written.count(NetworkKind.HOSTING)).isZero();
    }

    @Test
    void aFileInAnotherFormatIsRefusedWithItsLine() throws Exception {
        Path cidrs = dir.resolve("ipv4.txt");
        Files.writeString(cidrs, "# output/vpn/ipv4.txt is a list of networks\n5.8.16.0/21\n");

        assertThatThrownBy(() -> AsnListImport.convert(Optional.of(cidrs), Optional.empty(), AsnList.loadBundled(),
                "v")).isInstanceOf(AsnListFormatException.class)
                .hasMessageContaining("ipv4.txt line 2").hasMessageContaining("'5.8.16.0/21'");
        assertThatThrownBy(() -> AsnListImport.convert(Optional.of(dir.resolve("missing.txt")), Optional.empty(),
                AsnList.loadBundled(), "v")).hasMessageContaining("missing.txt");
    }
}
