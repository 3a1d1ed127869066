package dev.farmguard.collector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFileTest {

    @TempDir
    Path dir;

    private CollectorConfig load(String yaml) throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, yaml);
        return ConfigFile.apply(file, CollectorConfig.defaults(dir));
    }

    @Test
    void theExampleFileIsValidAndStatesTheDefaults() {
        Path example = Path.of("collector.example.yaml");
        CollectorConfig fromExample = ConfigFile.apply(example, CollectorConfig.defaults(dir));
        assertThat(fromExample).isEqualTo(CollectorConfig.defaults(dir));
    }

    @Test
    void everySectionIsRead() throws IOException {
        CollectorConfig c = load("""
                agent:
                  listen: "[::]:9000"
                  trusted-proxies: [10.0.0.0/8, "2001:db8::/32"]
                api:
                  listen: 127.0.0.1:0
                  max-body-bytes: 2048
                tls:
                  server-names: [collector.example.com, 192.0.2.10]
                store:
                  type: postgresql
                  url: jdbc:postgresql://db:5432/farmguard
                  user: fg
                limits:
                  max-frame-bytes: 65536
                  handshake-timeout: 5s
                  idle-timeout: PT2M
                  ingest-queue-size: 10
                """);
        assertThat(c.agentListen()).isEqualTo(new HostPort("::", 9000));
        assertThat(c.trustedProxies()).hasSize(2);
        assertThat(c.trustedProxies().get(0).contains(InetAddress.getByName("10.9.9.9"))).isTrue();
        assertThat(c.trustedProxies().get(1).contains(InetAddress.getByName("2001:db8::1"))).isTrue();
        assertThat(c.apiListen()).isEqualTo(new HostPort("127.0.0.1", 0));
        assertThat(c.apiMaxBodyBytes()).isEqualTo(2048);
        assertThat(c.tlsServerNames()).containsExactly("collector.example.com", "192.0.2.10");
        assertThat(c.store().kind()).isEqualTo(StoreSettings.Kind.POSTGRESQL);
        assertThat(c.store().user()).isEqualTo("fg");
        assertThat(c.limits()).isEqualTo(new Limits(65536, Duration.ofSeconds(5), Duration.ofMinutes(2), 10));
    }

    @Test
    void limitsAndEnrollmentAreRead() throws IOException {
        CollectorConfig c = load("""
                limits:
                  max-connections-per-address: 50
                  messages-per-second: 5
                  message-burst: 20
                  device-bytes: 10485760
                  device-bytes-period: 10m
                  snapshot:
                    max-usb-devices: 8
                    max-string-chars: 100
                enrollment:
                  certificate-validity: 7d
                  token-validity: 12h
                  revocation-refresh: 5s
                """);
        assertThat(c.limits().maxConnectionsPerAddress()).isEqualTo(50);
        assertThat(c.limits().messagesPerSecond()).isEqualTo(5);
        assertThat(c.limits().messageBurst()).isEqualTo(20);
        assertThat(c.limits().deviceBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(c.limits().deviceBytesPeriod()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.limits().snapshot()).isEqualTo(new SnapshotLimits(8, 32, 1024, 4096, 1024, 256, 100, 32768));
        assertThat(c.limits().maxFrameBytes()).as("untouched keys keep their defaults").isEqualTo(1024 * 1024);
        assertThat(c.enrollment()).isEqualTo(new EnrollmentSettings(Duration.ofDays(7), Duration.ofHours(12),
                Duration.ofSeconds(5)));
    }

    @Test
    void aByteQuotaBelowOneFrameIsRefusedAtStartup() throws IOException {
        CollectorConfig c = load("limits:\n  max-frame-bytes: 65536\n  device-bytes: 1000\n");
        assertThatThrownBy(() -> ConfigValidator.check(c)).hasMessageContaining("limits.device-bytes");
    }

    @Test
    void aBurstBelowTheRateIsRefusedAtStartup() throws IOException {
        CollectorConfig c = load("limits:\n  messages-per-second: 50\n  message-burst: 10\n");
        assertThatThrownBy(() -> ConfigValidator.check(c)).hasMessageContaining("limits.message-burst");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "agent: {listen: 'nope'}                     | agent.listen",
        "agent: {lisen: '0.0.0.0:1'}                 | agent.lisen: unknown key",
        "agent: {trusted-proxies: [10.0.0.0/33]}     | agent.trusted-proxies[0]",
        "colour: blue                                | colour: unknown key",
        "limits: {max-frame-bytes: -1}               | limits.max-frame-bytes",
        "limits: {max-frame-bytes: abc}              | limits.max-frame-bytes",
        "limits: {idle-timeout: 10 parsecs}          | limits.idle-timeout",
        "limits: {ingest-queue-size: 0}              | limits.ingest-queue-size",
        "limits: {max-connections-per-address: 0}    | limits.max-connections-per-address",
        "limits: {messages-per-second: x}            | limits.messages-per-second",
        "limits: {snapshot: {max-usb-devices: -2}}   | limits.snapshot.max-usb-devices",
        "limits: {snapshot: {max-kvms: 2}}           | limits.snapshot.max-kvms: unknown key",
        "enrollment: {certificate-validity: 30s}     | enrollment.certificate-validity",
        "enrollment: {token-validity: forever}       | enrollment.token-validity",
        "enrollment: {revocation-refresh: PTX}       | enrollment.revocation-refresh",
        "store: {type: oracle}                       | store.type",
        "store: {type: postgresql, url: 'mysql://x'} | store.url",
        "store: {url: 'jdbc:postgresql://db/x'}      | store.url",
        "tls: {server-names: ['bad name!']}          | tls.server-names[0]",
        "api: {max-body-bytes: 1.5}                  | api.max-body-bytes",
        "'agent: [unclosed'                          | not valid YAML"})
    void badValuesNameTheKey(String yaml, String expected) {
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(ConfigException.class).hasMessageContaining(expected)
                .hasMessageContaining("fix:");
    }

    @Test
    void missingGeoipPathsAreRejectedAtStartup() {
        CollectorConfig c = CollectorConfig.defaults(dir);
        CollectorConfig withGeo = new CollectorConfig(dir, c.agentListen(), c.apiListen(), List.of(), List.of(),
                List.of(dir.resolve("missing.mmdb")), c.store(), c.limits(), c.apiMaxBodyBytes());
        assertThatThrownBy(() -> ConfigValidator.check(withGeo)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("geoip[0]").hasMessageContaining("missing.mmdb");
    }

    @Test
    void hostPortAndCidrParsing() throws IOException {
        assertThat(HostPort.parse("[::1]:0")).isEqualTo(new HostPort("::1", 0));
        assertThat(HostPort.parse("[::1]:0").toString()).isEqualTo("[::1]:0");
        assertThatThrownBy(() -> HostPort.parse("::1:80")).hasMessageContaining("brackets");
        assertThatThrownBy(() -> HostPort.parse("host:70000")).hasMessageContaining("0..65535");
        Cidr single = Cidr.parse("192.0.2.7");
        assertThat(single.contains(InetAddress.getByName("192.0.2.7"))).isTrue();
        assertThat(single.contains(InetAddress.getByName("192.0.2.8"))).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(InetAddress.getByName("::1"))).isFalse();
        assertThatThrownBy(() -> Cidr.parse("example.com/8")).isInstanceOf(IllegalArgumentException.class);
    }
}
