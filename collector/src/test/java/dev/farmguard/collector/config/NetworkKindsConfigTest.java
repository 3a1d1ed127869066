package dev.farmguard.collector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.netkind.NetworkKind;
import dev.farmguard.collector.netkind.NetworkKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code detection.network-kinds} and the kinds of {@code detection.vpn-hosting-asns}. */
class NetworkKindsConfigTest {

    @TempDir
    Path dir;

    private DetectionConfig load(String yaml) throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, yaml);
        return ConfigFile.apply(file, CollectorConfig.defaults(dir)).detection();
    }

    @Test
    void theShippedListIsOnByDefault() throws IOException {
        NetworkKinds kinds = load("detection: {}\n").networkKinds();
        assertThat(kinds).isSameAs(NetworkKinds.shipped());
        assertThat(kinds.kindOf(9009)).contains(NetworkKind.VPN);
    }

    @Test
    void itCanBeTurnedOffReplacedByAFileAndHaveExclusions() throws IOException {
        assertThat(load("detection: {network-kinds: {enabled: false}}\n").networkKinds().kindOf(9009)).isEmpty();

        Path own = dir.resolve("own.tsv");
        Files.writeString(own, "# version: mine\nAS64500\tmobile\tExample Wireless\tour carrier contract\n");
        NetworkKinds fromFile = load("detection: {network-kinds: {file: \"" + own + "\"}}\n").networkKinds();
        assertThat(fromFile.kindOf(64500)).contains(NetworkKind.MOBILE);
        assertThat(fromFile.kindOf(9009)).as("the file replaces the shipped list").isEmpty();
        assertThat(fromFile.describe()).contains("mine");

        NetworkKinds excluding = load("detection: {network-kinds: {exclude-asns: [AS16509, 8075]}}\n").networkKinds();
        assertThat(excluding.kindOf(16509)).isEmpty();
        assertThat(excluding.kindOf(8075)).isEmpty();
        assertThat(excluding.kindOf(9009)).contains(NetworkKind.VPN);
    }

    @Test
    void configuredEntriesTakeEveryKindAndTheOlderVpnExitWord() throws IOException {
        DetectionConfig d = load("""
                detection:
                  vpn-hosting-asns:
                    - {asn: 64500, kind: vpn-exit}
                    - {asn: 64501, kind: mobile}
                    - {asn: 64502}
                """);
        assertThat(d.vpnHostingAsns()).extracting(a -> a.kind())
                .containsExactly(NetworkKind.VPN, NetworkKind.MOBILE, NetworkKind.HOSTING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "detection: {network-kinds: {enabled: maybe}}          | detection.network-kinds.enabled",
        "detection: {network-kinds: {exclude-asns: [ASX]}}     | detection.network-kinds.exclude-asns[0]",
        "detection: {network-kinds: {file: /no/such.tsv}}      | detection.network-kinds.file",
        "detection: {network-kinds: {enabled: false, file: x}} | detection.network-kinds.file",
        "detection: {network-kinds: {list: x}}                 | detection.network-kinds.list",
        "detection: {vpn-hosting-asns: [{asn: 1, kind: isp}]}  | detection.vpn-hosting-asns[0].kind"})
    void mistakesNameTheirKey(String yaml, String key) {
        assertThatThrownBy(() -> load(yaml + "\n")).isInstanceOf(ConfigException.class).hasMessageContaining(key);
    }

    @Test
    void aListFileInTheWrongFormatStopsStartupNamingTheLine() throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "# version: 1\nAS1 vpn x y\n");
        assertThatThrownBy(() -> load("detection: {network-kinds: {file: \"" + bad + "\"}}\n"))
                .hasMessageContaining("detection.network-kinds.file").hasMessageContaining("line 2");
    }
}
