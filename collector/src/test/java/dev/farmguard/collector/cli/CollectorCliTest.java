package dev.farmguard.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.config.HostPort;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CollectorCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CollectorMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void rosterImportWorksOnTheStoreAndCountsRows() throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "device_id,employee_id,timezone\nlap-1,E1,America/Phoenix\nlap-2,E2,\n");
        assertThat(run("roster", "import", "--data", dir.resolve("data").toString(), csv.toString())).isZero();
        assertThat(out.toString()).contains("imported 2 roster rows");
        try (Store store = StoreFactory.sqlite(dir.resolve("data").resolve(StoreFactory.SQLITE_FILE))) {
            assertThat(store.roster()).extracting(RosterEntry::deviceId).containsExactly("lap-1", "lap-2");
        }
    }

    @Test
    void aBadRosterNamesTheLineAndImportsNothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "device_id,employee_id,latitude,longitude\nlap-1,E1,1,2\nlap-2,E2,100,2\n");
        assertThat(run("roster", "import", "--data", dir.toString(), csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("line 3").contains("latitude").contains("nothing imported");
        try (Store store = StoreFactory.sqlite(dir.resolve(StoreFactory.SQLITE_FILE))) {
            assertThat(store.roster()).isEmpty();
        }
    }

    @Test
    void flagsOverrideTheConfigFile() throws Exception {
        Path yaml = dir.resolve("c.yaml");
        Files.writeString(yaml, "agent:\n  listen: 0.0.0.0:7000\n  trusted-proxies: [10.0.0.0/8]\napi:\n"
                + "  listen: 127.0.0.1:7001\n");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--data", dir.toString(), "--config", yaml.toString(),
                "--api-listen", "127.0.0.1:0", "--trusted-proxy", "192.0.2.0/24", "--trusted-proxy", "198.51.100.1");
        CollectorConfig c = serve.configure();
        assertThat(c.agentListen()).isEqualTo(new HostPort("0.0.0.0", 7000));
        assertThat(c.apiListen()).isEqualTo(new HostPort("127.0.0.1", 0));
        assertThat(c.trustedProxies()).extracting(Object::toString)
                .containsExactly("192.0.2.0/24", "198.51.100.1/32");
    }

    @Test
    void defaultsFollowTheContract() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--data", dir.toString());
        CollectorConfig c = serve.configure();
        assertThat(c.agentListen().toString()).isEqualTo("0.0.0.0:9443");
        assertThat(c.apiListen().toString()).isEqualTo("127.0.0.1:8443");
    }

    @Test
    void configErrorsStopServeWithTheKeyNamed() throws Exception {
        Path yaml = dir.resolve("bad.yaml");
        Files.writeString(yaml, "limits:\n  idle-timout: 5m\n");
        assertThat(run("serve", "--data", dir.toString(), "--config", yaml.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("limits.idle-timout").contains("unknown key");
        assertThat(run("serve", "--data", dir.toString(), "--agent-listen", "nohost")).isEqualTo(2);
        assertThat(err.toString()).contains("--agent-listen");
        assertThat(run("serve", "--data", dir.toString(), "--geoip", dir.resolve("none.mmdb").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("geoip[0]");
    }

    @Test
    void anUnusableDataDirectoryIsOneLineNamingThePathAndTheFix() throws Exception {
        Path aFile = Files.writeString(dir.resolve("not-a-directory"), "");
        Path data = aFile.resolve("data");
        assertThat(run("serve", "--data", data.toString(), "--agent-listen", "127.0.0.1:0", "--api-listen",
                "127.0.0.1:0")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").doesNotContain("\tat ")
                .contains(data.toString()).contains("--data");
    }

    @Test
    void storeCommandsOnAnUnusableStoreEndWithOneLine() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("farmguard.db"), "this is not a database, and has to be long enough. ".repeat(20));
        assertThat(run("device", "revoke", "--data", data.toString(), "lap-1")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("farmguard-collector: ").doesNotContain("\n")
                .doesNotContain("\tat ").contains("not an SQLite database").contains("backup");
    }

    @Test
    void aReadOnlyFileSystemIsNamedWithItsFix() {
        String message = DataDirectoryProblem.describe(Path.of("/srv/farmguard"), new java.nio.file.FileSystemException(
                "/srv/farmguard/ca.pem", null, "Read-only file system"));
        assertThat(message).contains("/srv/farmguard").contains("read-only").contains("read-write")
                .contains("--data");
    }

    @Test
    void enrollmentTokensAreCreatedListedAndRevokedOnTheStore() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("enrollment-token", "create", "--data", data, "--purpose", "replay", "--uses", "40",
                "--expires-in", "2h", "--note", "benchmark")).isZero();
        String secret = out.toString().strip();
        assertThat(secret).startsWith("fge_").doesNotContain("\n");
        assertThat(err.toString()).contains("purpose=replay").contains("uses=0/40").doesNotContain(secret);
        out.getBuffer().setLength(0);
        assertThat(run("enrollment-token", "create", "--data", data)).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("enrollment-token", "list", "--data", data)).isZero();
        String listed = out.toString();
        assertThat(listed.lines()).hasSize(2);
        assertThat(listed).contains("note=\"benchmark\"").contains("purpose=device").doesNotContain(secret);
        String id = listed.lines().filter(l -> l.contains("benchmark")).findFirst().orElseThrow().split(" ")[0];

        assertThat(run("enrollment-token", "revoke", "--data", data, id)).isZero();
        assertThat(run("enrollment-token", "revoke", "--data", data, "enr_nope")).isEqualTo(1);
        try (Store store = StoreFactory.sqlite(dir.resolve("data").resolve(StoreFactory.SQLITE_FILE))) {
            assertThat(store.enrollments().tokens()).filteredOn(t -> t.id().equals(id)).singleElement()
                    .satisfies(t -> {
                        assertThat(t.revoked()).isTrue();
                        assertThat(t.maxUses()).isEqualTo(40);
                        assertThat(t.sha256Hex()).isEqualTo(dev.farmguard.collector.auth.TokenSecrets.sha256Hex(secret));
                    });
        }
    }

    @Test
    void badEnrollmentTokenOptionsAreUsageErrors() {
        String data = dir.resolve("data").toString();
        assertThat(run("enrollment-token", "create", "--data", data, "--purpose", "laptop")).isEqualTo(2);
        assertThat(run("enrollment-token", "create", "--data", data, "--expires-in", "soon")).isEqualTo(2);
        assertThat(run("enrollment-token", "create", "--data", data, "--uses", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("purpose").contains("--expires-in").contains("at least 1");
    }

    @Test
    void aDeviceIsRevokedOnTheStore() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = StoreFactory.sqlite(Files.createDirectories(data).resolve(StoreFactory.SQLITE_FILE))) {
            store.saveSnapshots(java.util.List.of(dev.farmguard.collector.testing.TestSnapshots.minimal("lap-1", 1,
                    dev.farmguard.collector.testing.TestSnapshots.T0)), dev.farmguard.collector.testing.TestSnapshots.T0);
        }
        assertThat(run("device", "revoke", "--data", data.toString(), "lap-1")).isZero();
        assertThat(out.toString()).contains("revoked device lap-1");
        assertThat(run("device", "revoke", "--data", data.toString(), "lap-1")).isZero();
        assertThat(out.toString()).contains("already revoked");
        assertThat(run("device", "revoke", "--data", data.toString(), "ghost")).isEqualTo(1);
        try (Store store = StoreFactory.sqlite(data.resolve(StoreFactory.SQLITE_FILE))) {
            assertThat(store.enrollments().revokedDeviceIds()).containsExactly("lap-1");
        }
    }
}
