package dev.farmguard.collector.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.cli.CollectorMain;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's client commands against a collector running in this JVM, over HTTPS with its CA. */
class TeamCliIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Collector collector;
    private static Path config;
    private static String server;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        collector = RunningCollector.start(data, List.of(), Duration.ofSeconds(5));
        server = "https://127.0.0.1:" + collector.apiAddress().port();
        config = dir.resolve("home/.config/farmguard/cli.yaml");
        var s = collector.store();
        List<dev.farmguard.collector.model.DeviceSnapshot> snaps = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            snaps.add(SnapshotBuilder.laptop("lap-" + i).ip("203.0.113." + i).at(SnapshotBuilder.T0.plusSeconds(i))
                    .build());
        }
        snaps.add(SnapshotBuilder.laptop("@evil").ip("198.51.100.1").build());
        s.saveSnapshots(snaps, SnapshotBuilder.T0);
        Finding shared = new Finding("colocation.shared_network", Finding.Severity.HIGH, "8 employees on one router",
                Map.of("networks", List.of(Map.of("kind", "gateway MAC", "network", "a0:40:a0:00:00:01"))));
        s.saveAssessment(new Assessment("lap-1", 97, Verdict.LAPTOP_FARM, List.of(shared,
                new Finding("ip_kvm.usb_identity", Finding.Severity.CRITICAL, "PiKVM gadget", Map.of("vidPid",
                        "1d6b:0104"))), SnapshotBuilder.T0, "farm"));
        s.saveAssessment(new Assessment("lap-2", 70, Verdict.REVIEW, List.of(shared), SnapshotBuilder.T0, "review"));
        s.replaceRoster(List.of(new RosterEntry("lap-1", "E1", "Alice Smith", "alice@example.com", "US", "", "", null,
                null, "")));
    }

    @AfterAll
    static void stop() {
        collector.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CollectorMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private int client(String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.add("--config");
        a.add(config.toString());
        return run(a.toArray(String[]::new));
    }

    private void login() {
        assertThat(run("login", "--server", server, "--ca", dir.resolve("data/ca.pem").toString(), "--token-file",
                dir.resolve("data/admin.token").toString(), "--config", config.toString())).as(err.toString()).isZero();
    }

    @Test
    void loginChecksTheTokenAndWritesAnOwnerOnlyConfig() throws Exception {
        Path wrong = dir.resolve("wrong.token");
        Files.writeString(wrong, "fg_wrong\n");
        Path other = dir.resolve("other.yaml");
        assertThat(run("login", "--server", server, "--ca", dir.resolve("data/ca.pem").toString(), "--token-file",
                wrong.toString(), "--config", other.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("401");
        assertThat(other).doesNotExist();
        assertThat(run("login", "--server", server.replace("https", "http"), "--ca", "x", "--token-file", "y",
                "--config", other.toString())).isEqualTo(2);
        login();
        String yaml = Files.readString(config);
        assertThat(yaml).contains(server).contains("admin.token").doesNotContain("fg_");
        assertThat(Files.getPosixFilePermissions(config)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        login(); // logging in again replaces the file
    }

    @Test
    void devicesListPrintsATableThatFitsTheWidth() {
        login();
        assertThat(client("devices", "list", "--limit", "5", "--width", "80")).as(err.toString()).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).startsWith("DEVICE").contains("VERDICT");
        assertThat(lines[1]).startsWith("lap-1").contains("laptop_").contains("97");
        assertThat(lines).hasSize(6);
        for (String line : lines) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
        assertThat(err.toString()).contains("--cursor");
    }

    @Test
    void devicesListFiltersFollowPagesAndPrintJsonOrCsv() throws Exception {
        login();
        assertThat(client("devices", "list", "--verdict", "review", "--verdict", "laptop_farm", "--json")).isZero();
        JsonNode page = JSON.readTree(out.toString());
        assertThat(page.get("items")).hasSize(2);
        assertThat(client("devices", "list", "--all", "--limit", "3", "--sort", "hostname", "--json")).isZero();
        assertThat(JSON.readTree(out.toString()).get("items")).hasSize(13);
        assertThat(client("devices", "list", "--hostname", "evil", "--csv")).isZero();
        assertThat(out.toString()).contains("'@evil-host");
        assertThat(client("devices", "list", "--verdict", "sus")).isEqualTo(1);
        assertThat(err.toString()).contains("400").contains("verdict");
    }

    @Test
    void deviceShowPrintsHolderAndFindings() {
        login();
        assertThat(client("device", "show", "lap-1", "--width", "200")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("laptop_farm").contains("Alice Smith <alice@example.com> (E1)")
                .contains("ip_kvm.usb_identity").contains("1d6b:0104");
        assertThat(client("device", "show", "nobody")).isEqualTo(1);
        assertThat(err.toString()).contains("404");
    }

    @Test
    void clustersListsTheSharedRouter() {
        login();
        assertThat(client("clusters")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("gateway_mac").contains("a0:40:a0:00:00:01").contains("lap-1,lap-2");
        assertThat(client("clusters", "--device", "lap-2", "--json")).isZero();
        assertThat(out.toString()).contains("\"size\" : 2");
    }

    @Test
    void exportWritesTheFile() throws Exception {
        login();
        Path file = dir.resolve("devices.csv");
        assertThat(client("export", "--format", "csv", "--out", file.toString(), "--risk-min", "1")).as(err.toString())
                .isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("device_id,hostname");
        assertThat(client("export", "--format", "xml", "--out", file.toString())).isEqualTo(1);
        assertThat(Files.readAllLines(file)).hasSize(3); // a refused export leaves the last file alone
    }

    @Test
    void withoutLoginTheCommandsSayWhatToDo() {
        assertThat(run("devices", "list", "--config", dir.resolve("none.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("farmguard-collector login");
    }
}
