package dev.farmguard.collector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.testing.SimulatedFleet;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectionConfigFileTest {

    @TempDir
    Path dir;

    private DetectionConfig load(String yaml) throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, yaml);
        return ConfigFile.apply(file, CollectorConfig.defaults(dir)).detection();
    }

    @Test
    void everyKeyIsRead() throws Exception {
        DetectionConfig d = load("""
                detection:
                  catalog: /etc/farmguard/catalog.json
                  history-window: 3d
                  history-limit: 500
                  device-threads: 4
                  device-queue-size: 100
                  device-min-interval: 1m
                  fleet-interval: 2m
                  fleet-window: 14d
                  scoring:
                    review-threshold: 40
                    farm-threshold: 80
                    corroborating-families: 4
                    strong-weight: 0.45
                    severity-weights: {low: 0.05}
                    rule-weights: {"remote_control.os_server": 0.0}
                  office-networks:
                    - name: hq
                      public-cidrs: ["198.51.100.0/28"]
                      gateway-macs: ["00-1B-54-AA-BB-CC"]
                      bssids: ["f0:5c:19:00:00:01"]
                  sanctioned-tools:
                    - tool: TeamViewer
                      description: helpdesk
                      peer-ids: ["1234567890"]
                      source-networks: ["203.0.113.0/24"]
                  vpn-hosting-asns:
                    - {asn: 64500, organization: "Example VPN", kind: vpn-exit}
                    - {organization: "*Hosting*"}
                  thresholds:
                    far-from-roster-km: 150
                    far-share: 0.8
                    far-min-span: 5d
                    impossible-travel-kmh: 900
                    impossible-travel-min-km: 300
                    housemate-limit: 2
                    colocation-high: 4
                    colocation-critical: 8
                    long-session: 12h
                    always-on: 36h
                    silence: 3d
                    night-start-hour: 1
                    night-end-hour: 5
                    night-share: 0.4
                    min-active-samples: 20
                """);
        assertThat(d.catalog()).contains(Path.of("/etc/farmguard/catalog.json"));
        assertThat(d.historyWindow()).isEqualTo(Duration.ofDays(3));
        assertThat(d.historyLimit()).isEqualTo(500);
        assertThat(d.deviceThreads()).isEqualTo(4);
        assertThat(d.deviceQueueSize()).isEqualTo(100);
        assertThat(d.deviceMinInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(d.fleetInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(d.fleetWindow()).isEqualTo(Duration.ofDays(14));
        assertThat(d.scoring().reviewThreshold()).isEqualTo(40);
        assertThat(d.scoring().corroboratingFamilies()).isEqualTo(4);
        assertThat(d.scoring().severityWeights()).containsEntry(Severity.LOW, 0.05).containsEntry(Severity.HIGH, 0.5);
        assertThat(d.scoring().ruleWeights()).containsEntry("remote_control.os_server", 0.0);
        assertThat(d.officeNetworks().get(0).gatewayMacs()).containsExactly("00:1b:54:aa:bb:cc");
        assertThat(d.officeNetworks().get(0).publicCidrs().get(0).contains(InetAddress.getByName("198.51.100.9")))
                .isTrue();
        assertThat(d.sanctioned("teamviewer").orElseThrow().sanctions("1234567890", "")).isTrue();
        assertThat(d.sanctioned("teamviewer").orElseThrow().sanctions("999", "203.0.113.7")).isTrue();
        assertThat(d.sanctioned("teamviewer").orElseThrow().sanctions("999", "192.0.2.7")).isFalse();
        assertThat(d.vpnHostingAsns()).hasSize(2);
        assertThat(d.vpnHostingAsns().get(1).matches(new dev.farmguard.collector.geo.AsnInfo(1, "Orbitra Hosting LLC")))
                .isTrue();
        assertThat(d.thresholds().housemateLimit()).isEqualTo(2);
        assertThat(d.thresholds().farMinSpan()).isEqualTo(Duration.ofDays(5));
        assertThat(d.thresholds().longSession()).isEqualTo(Duration.ofHours(12));
        assertThat(d.thresholds().nightEndHour()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "detection: {colour: blue}                                  | detection.colour: unknown key",
        "detection: {history-window: 10 parsecs}                    | detection.history-window",
        "detection: {history-limit: 3}                              | detection.history-limit",
        "detection: {scoring: {review-threshold: 0}}                | detection.scoring.review-threshold",
        "detection: {scoring: {farm-threshold: 20}}                 | detection.scoring.farm-threshold",
        "detection: {scoring: {severity-weights: {high: 1.5}}}      | detection.scoring.severity-weights.high",
        "detection: {scoring: {severity-weights: {huge: 0.5}}}      | detection.scoring.severity-weights.huge",
        "detection: {scoring: {rule-weights: {bogus.rule: 0.2}}}    | bogus.rule",
        "detection: {office-networks: [{gateway-macs: [nope]}]}     | detection.office-networks[0].gateway-macs[0]",
        "detection: {office-networks: [{public-cidrs: [1.2.3/40]}]} | detection.office-networks[0].public-cidrs[0]",
        "detection: {sanctioned-tools: [{peer-ids: ['1']}]}         | detection.sanctioned-tools[0].tool",
        "detection: {vpn-hosting-asns: [{kind: vpn-exit}]}          | detection.vpn-hosting-asns[0]",
        "detection: {vpn-hosting-asns: [{asn: seven}]}              | detection.vpn-hosting-asns[0].asn",
        "detection: {thresholds: {night-end-hour: 0}}               | detection.thresholds.night-end-hour",
        "detection: {thresholds: {colocation-high: 2}}              | detection.thresholds.colocation-high",
        "detection: {thresholds: {far-share: 2}}                    | detection.thresholds.far-share",
        "detection: {thresholds: {long-session: forever}}           | detection.thresholds.long-session"})
    void badValuesNameTheKey(String yaml, String expected) {
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(ConfigException.class).hasMessageContaining(expected)
                .hasMessageContaining("fix:");
    }

    @Test
    void startupChecksTheCatalogFileAndTheFleetWindow() throws IOException {
        CollectorConfig base = CollectorConfig.defaults(dir);
        DetectionConfig d = base.detection();
        DetectionConfig missing = new DetectionConfig(d.scoring(), Optional.of(dir.resolve("nope.json")),
                d.historyWindow(), d.historyLimit(), d.deviceThreads(), d.deviceQueueSize(), d.deviceMinInterval(),
                d.fleetInterval(), d.fleetWindow(), d.officeNetworks(), d.sanctionedTools(), d.vpnHostingAsns(),
                d.thresholds(), d.networkKinds(), d.highRiskCountries());
        assertThatThrownBy(() -> ConfigValidator.check(base.withDetection(missing)))
                .hasMessageContaining("detection.catalog").hasMessageContaining("nope.json");
        DetectionConfig window = new DetectionConfig(d.scoring(), Optional.empty(), d.historyWindow(),
                d.historyLimit(), d.deviceThreads(), d.deviceQueueSize(), d.deviceMinInterval(), Duration.ofHours(2),
                Duration.ofHours(1), d.officeNetworks(), d.sanctionedTools(), d.vpnHostingAsns(), d.thresholds(),
                d.networkKinds(), d.highRiskCountries());
        assertThatThrownBy(() -> ConfigValidator.check(base.withDetection(window)))
                .hasMessageContaining("detection.fleet-window");
    }

    @Test
    void theSimulatorsSnippetIsAValidCollectorConfiguration() throws IOException {
        SimulatedFleet fleet = SimulatedFleet.generate(dir.resolve("sim"), 5, 10, 1);
        DetectionConfig d = ConfigFile.apply(fleet.collectorConfig(), CollectorConfig.defaults(dir)).detection();
        assertThat(d.officeNetworks()).isNotEmpty();
        assertThat(d.officeNetworks()).allSatisfy(o -> assertThat(o.publicCidrs()).isNotEmpty());
        assertThat(d.sanctionedTools()).singleElement().satisfies(t -> {
            assertThat(t.tool()).isEqualTo("teamviewer");
            assertThat(t.peerIds()).hasSize(3);
        });
        assertThat(d.vpnHostingAsns()).hasSize(3);
    }
}
