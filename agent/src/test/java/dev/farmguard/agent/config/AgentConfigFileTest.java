package dev.farmguard.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.agent.testing.TestPki;
import dev.farmguard.agent.transport.HostPort;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentConfigFileTest {

    private static final Path FILE = Path.of("/etc/farmguard-agent/agent.conf");

    private static Path fixture(String name) {
        return Path.of("src/test/resources/config", name, "agent.conf");
    }

    @Test
    void readsEveryKeyAndResolvesPathsNextToTheFile() {
        AgentConfig config = AgentConfigFile.read(fixture("complete"));

        Path dir = fixture("complete").toAbsolutePath().getParent();
        assertThat(config.collector()).isEqualTo(new HostPort("collector.example.com", 7443));
        assertThat(config.ca()).isEqualTo(dir.resolve("collector-ca.pem"));
        assertThat(config.caFingerprint()).startsWith("01:23:45:67:89:AB:CD:EF:01").hasSize(95);
        assertThat(config.enrollToken()).isNull();
        assertThat(config.readEnrollToken()).as("read from the file, newline dropped").isEqualTo("fgt_secret123");
        assertThat(config.intervalSeconds()).isEqualTo(120);
        assertThat(config.logLevel()).isEqualTo("warn");
        assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/farmguard-agent"));
        assertThat(config.watchdogMemoryMb()).isEqualTo(300);
        assertThat(config.watchdogCpuPercent()).as("0 turns the limit off").isZero();
    }

    @Test
    void takesValuesLiterallyAndToleratesWindowsLineEndsAndByteOrderMark() {
        AgentConfig config = AgentConfigFile.read(fixture("windows-paths"));

        assertThat(config.collector()).isEqualTo(new HostPort("10.0.0.5", 7443));
        assertThat(config.ca().toString()).as("backslashes are not escapes").contains("ProgramData\\FarmguardAgent");
        assertThat(config.readEnrollToken()).isEqualTo("fgt_abc");
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheKnownKeys() {
        assertThatThrownBy(() -> AgentConfigFile.read(fixture("unknown-key")))
                .isInstanceOf(AgentConfigException.class)
                .hasMessageContaining("line 2: unknown key 'intervall'")
                .hasMessageContaining("known: collector, ca, ca-fingerprint");
    }

    @Test
    void badValuesNameTheKey() {
        assertThatThrownBy(() -> AgentConfigFile.parse("collector = nohost\n", FILE))
                .hasMessageContaining("line 1: collector: expected HOST:PORT");
        assertThatThrownBy(() -> AgentConfigFile.parse("\ninterval = 5m\n", FILE))
                .hasMessageContaining("line 2: interval: '5m' is not whole seconds");
        assertThatThrownBy(() -> AgentConfigFile.parse("interval = 0", FILE))
                .hasMessageContaining("interval: must be at least 1 second");
        assertThatThrownBy(() -> AgentConfigFile.parse("log-level = loud", FILE))
                .hasMessageContaining("log-level: 'loud' is not one of");
        assertThatThrownBy(() -> AgentConfigFile.parse("ca = a.pem\nca-fingerprint = AB:CD", FILE))
                .hasMessageContaining("line 2: ca-fingerprint: 'AB:CD' is not a SHA-256 fingerprint");
        assertThatThrownBy(() -> AgentConfigFile.parse("watchdog-cpu-percent = -5", FILE))
                .hasMessageContaining("watchdog-cpu-percent: -5 is not in 0..10000");
        assertThatThrownBy(() -> AgentConfigFile.parse("state-dir =", FILE))
                .hasMessageContaining("state-dir: empty value");
        assertThatThrownBy(() -> AgentConfigFile.parse("just words", FILE))
                .hasMessageContaining("expected 'key = value'");
    }

    @Test
    void contradictionsAndRepeatsAreErrors() {
        assertThatThrownBy(() -> AgentConfigFile.parse("enroll-token = a\nenroll-token-file = t", FILE))
                .hasMessageContaining("enroll-token or enroll-token-file, not both");
        assertThatThrownBy(() -> AgentConfigFile.parse("ca-fingerprint = " + "ab".repeat(32), FILE))
                .hasMessageContaining("set ca too");
        assertThatThrownBy(() -> AgentConfigFile.parse("interval = 60\nINTERVAL = 90", FILE))
                .hasMessageContaining("line 2: interval is already set on line 1");
    }

    @Test
    void anEmptyTokenFileIsNamed() {
        AgentConfig config = AgentConfigFile.parse("enroll-token-file = missing-token", fixture("complete"));

        assertThatThrownBy(config::readEnrollToken).hasMessageContaining("enroll-token-file: cannot read");
    }

    @Test
    void theFingerprintIsOpensslsAndThePinMatchesOnlyItsCertificate() {
        TestPki pki = TestPki.create("localhost");
        TestPki other = TestPki.create("localhost");
        String pin = CaFingerprint.of(pki.caCertificate());

        assertThat(pin).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(CaFingerprint.matches(List.of(pki.caCertificate()), pin.toLowerCase().replace(":", ""))).isTrue();
        assertThat(CaFingerprint.matches(List.of(other.caCertificate()), pin)).isFalse();
    }
}
