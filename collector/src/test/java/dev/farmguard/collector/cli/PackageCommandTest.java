package dev.farmguard.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.config.AgentConfig;
import dev.farmguard.agent.config.AgentConfigFile;
import dev.farmguard.agent.transport.TlsClientContext;
import dev.farmguard.collector.app.DataDirectory;
import dev.farmguard.collector.tls.CertificateAuthority;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code package --type config}: what MDM deploys, read back with the agent's own configuration reader. */
class PackageCommandTest {

    @TempDir
    Path dir;

    private DataDirectory data;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void createCollectorCa() throws Exception {
        data = new DataDirectory(dir.resolve("data"));
        data.create();
        CertificateAuthority.loadOrCreate(data.caCertificate(), data.caKey(), Clock.systemUTC());
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CollectorMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theConfigurationIsAcceptedByTheAgentAndPinsTheDataDirectorysCa() {
        Path outDir = dir.resolve("out");

        assertThat(run("package", "--type", "config", "--collector", "collector.corp.example:7443", "--data",
                data.root().toString(), "--enroll-token", "fge_given", "--out", outDir.toString())).isZero();

        AgentConfig config = AgentConfigFile.read(outDir.resolve("agent.conf"));
        assertThat(config.collector().host()).isEqualTo("collector.corp.example");
        assertThat(config.collector().port()).isEqualTo(7443);
        assertThat(config.ca()).isEqualTo(outDir.resolve("collector-ca.pem").toAbsolutePath());
        assertThat(dev.farmguard.agent.config.CaFingerprint.matches(TlsClientContext.loadCertificates(config.ca()),
                config.caFingerprint())).as("the agent's check of the collector's pin").isTrue();
        assertThat(config.readEnrollToken()).isEqualTo("fge_given");
        assertThat(config.stateDir()).as("a bare configuration leaves the agent's default").isNull();
        assertThat(out.toString().trim()).isEqualTo(outDir.resolve("agent.conf").toString());
    }

    @Test
    void createTokenStoresALimitedTokenAndBakesItsSecretIn() throws Exception {
        Path outDir = dir.resolve("out");

        assertThat(run("package", "--type", "config", "--collector", "10.0.0.5:7443", "--data", data.root().toString(),
                "--create-token", "--uses", "25", "--expires-in", "14d", "--out", outDir.toString())).isZero();

        String token = AgentConfigFile.read(outDir.resolve("agent.conf")).readEnrollToken();
        assertThat(token).startsWith("fge_");
        assertThat(err.toString()).contains("created enr_").contains("uses=0/25").doesNotContain(token);
        assertThat(run("enrollment-token", "list", "--data", data.root().toString())).isZero();
        assertThat(out.toString()).contains("uses=0/25").contains("note=\"package --type config\"");
    }

    @Test
    void anotherCaFileCanBeGivenAndItIsTheOnePinned() throws Exception {
        DataDirectory other = new DataDirectory(dir.resolve("other"));
        other.create();
        CertificateAuthority.loadOrCreate(other.caCertificate(), other.caKey(), Clock.systemUTC());
        Path outDir = dir.resolve("out");

        assertThat(run("package", "--type", "config", "--collector", "h:1", "--data", data.root().toString(),
                "--ca", other.caCertificate().toString(), "--out", outDir.toString())).isZero();

        AgentConfig config = AgentConfigFile.read(outDir.resolve("agent.conf"));
        assertThat(Files.readString(config.ca())).isEqualTo(Files.readString(other.caCertificate()));
        assertThat(dev.farmguard.agent.config.CaFingerprint.matches(
                TlsClientContext.loadCertificates(data.caCertificate()), config.caFingerprint())).isFalse();
        assertThat(config.readEnrollToken()).as("no token asked for").isNull();
    }

    @Test
    void badRequestsExitWith2NamingTheOption() {
        String d = data.root().toString();
        String o = dir.resolve("out").toString();

        assertThat(run("package", "--type", "zip", "--collector", "h:1", "--data", d, "--out", o)).isEqualTo(2);
        assertThat(err.toString()).contains("--type: 'zip' is not one of config, deb, rpm, msi, pkg");
        assertThat(run("package", "--type", "config", "--collector", "h", "--data", d, "--out", o)).isEqualTo(2);
        assertThat(err.toString()).contains("--collector: expected HOST:PORT");
        assertThat(run("package", "--type", "config", "--collector", "h:1", "--data", d, "--out", o,
                "--uses", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("--uses and --expires-in go with --create-token");
        assertThat(run("package", "--type", "config", "--collector", "h:1", "--data", d, "--out", o,
                "--create-token", "--enroll-token", "fge_x")).isEqualTo(2);
        assertThat(err.toString()).contains("give one of them");
        assertThat(run("package", "--type", "config", "--collector", "h:1", "--data", dir.resolve("empty").toString(),
                "--out", o)).isEqualTo(2);
        assertThat(err.toString()).contains("ca.pem is not a readable file").contains("--ca FILE");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anInstallerForAnotherOsIsRefusedWithWhereToBuildIt() {
        String elsewhere = System.getProperty("os.name").toLowerCase().startsWith("windows") ? "pkg" : "msi";

        assertThat(run("package", "--type", elsewhere, "--collector", "h:1", "--data", data.root().toString(),
                "--out", dir.resolve("out").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("jpackage builds it only on").contains("installers.yml");
    }
}
