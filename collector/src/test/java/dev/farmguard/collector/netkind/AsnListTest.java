package dev.farmguard.collector.netkind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsnListTest {

    private static final String SMALL = """
            # where it comes from
            #   indented licence line
            # version: 2026-12-01
            AS9009\tvpn\tM247\tX4BNet/lists_vpn input/vpn/ASN.txt
            14061\thosting\tDigitalOcean\tX4BNet/lists_vpn input/datacenter/ASN.txt

            AS21928\tmobile\tT-Mobile USA, Inc.\tARIN: T-Mobile USA, Inc.
            """;

    @Test
    void readsEntriesVersionAndCommentsAndWritesThemBack() {
        AsnList list = AsnList.parse(SMALL, "small");

        assertThat(list.version()).isEqualTo("2026-12-01");
        assertThat(list.comments()).containsExactly("where it comes from", "  indented licence line");
        assertThat(list.entries()).extracting(AsnListEntry::asn, AsnListEntry::kind)
                .containsExactly(tuple(9009L, NetworkKind.VPN),
                        tuple(14061L, NetworkKind.HOSTING),
                        tuple(21928L, NetworkKind.MOBILE));
        assertThat(AsnList.parse(list.toText(), "again")).isEqualTo(list);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AS1\tvpn\tx                  | small line 4: expected 4 tab-separated columns",
        "ASX\tvpn\tx\ty               | small line 4: 'ASX' is not an AS number",
        "AS4294967296\tvpn\tx\ty      | small line 4: 'AS4294967296' is not an AS number",
        "AS1\tresidential\tx\ty       | small line 4: kind 'residential' is not one of vpn, hosting, mobile",
        "AS9009\thosting\tx\ty        | small line 4: AS9009 is listed twice"})
    void aBadLineIsNamed(String line, String message) {
        String text = "# a\n# version: 1\nAS9009\tvpn\tM247\tsrc\n" + line.replace("\\t", "\t") + "\n";
        assertThatThrownBy(() -> AsnList.parse(text, "small")).isInstanceOf(AsnListFormatException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void aFileWithoutItsVersionIsNotAList() {
        assertThatThrownBy(() -> AsnList.parse("AS1\tvpn\tx\ty\n", "f.tsv"))
                .hasMessageContaining("f.tsv").hasMessageContaining("version");
    }

    @Test
    void theShippedListHasEveryKindEachWithItsSourceAndItsLicence() {
        AsnList shipped = AsnList.loadBundled();
        Map<Long, AsnListEntry> byAsn = shipped.entries().stream()
                .collect(Collectors.toMap(AsnListEntry::asn, Function.identity()));

        assertThat(shipped.version()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(shipped.count(NetworkKind.VPN)).isGreaterThanOrEqualTo(10);
        assertThat(shipped.count(NetworkKind.HOSTING)).isGreaterThan(500);
        assertThat(shipped.count(NetworkKind.MOBILE)).isGreaterThanOrEqualTo(10);
        assertThat(byAsn.get(9009L).kind()).isEqualTo(NetworkKind.VPN);
        assertThat(byAsn.get(16509L).kind()).isEqualTo(NetworkKind.HOSTING);
        assertThat(byAsn.get(21928L).kind()).isEqualTo(NetworkKind.MOBILE);
        assertThat(shipped.entries()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(String.join("\n", shipped.comments())).contains("X4BNet/lists_vpn", "MIT License",
                "Copyright (c) 2024 X4B");
    }
}
