package dev.farmguard.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.TestSnapshots;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code case}, {@code suppress} and {@code audit} against a running collector's API. */
class TriageCliIT {

    @TempDir
    static Path dir;

    private static Collector collector;
    private static String server;

    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void start() throws Exception {
        collector = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5));
        server = "https://127.0.0.1:" + collector.apiAddress().port();
        collector.store().saveSnapshots(List.of(TestSnapshots.minimal("lap-1", 1, TestSnapshots.T0)), TestSnapshots.T0);
    }

    @AfterAll
    static void stop() {
        collector.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", server, "--ca", dir.resolve("ca.pem").toString(), "--token-file",
                dir.resolve("admin.token").toString()));
        return CollectorMain.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    @Test
    void casesAreSetAndShown() {
        assertThat(run("case", "set", "lap-1", "investigating", "--assignee", "kim", "--note", "called")).isZero();
        assertThat(out.toString()).contains("lap-1 investigating assignee=\"kim\"");
        assertThat(run("case", "set", "lap-1", "false_positive")).isEqualTo(1);
        assertThat(err.toString()).contains("HTTP 400").contains("parameter 'reason'");
        assertThat(run("case", "set", "lap-1", "false_positive", "--reason", "lab KVM")).isZero();
        assertThat(run("case", "show", "lap-1")).isZero();
        assertThat(out.toString()).contains("false_positive").contains("investigating by").contains("lab KVM");
        assertThat(run("case", "show", "lap-1", "--json")).isZero();
        assertThat(out.toString()).contains("\"history\"");
    }

    @Test
    void suppressionsAreAddedListedAndRemoved() {
        assertThat(run("suppress", "add", "ip_kvm.usb_identity", "--device", "lap-1", "--expires-in", "7d",
                "--reason", "lab KVM")).isZero();
        String id = out.toString().split(" ")[0];
        assertThat(id).startsWith("sup_");
        assertThat(run("suppress", "add", "ip_kvm.usb_identity", "--network", "10.0.0.0/8", "--reason", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("needs an expiry");
        assertThat(run("suppress", "list")).isZero();
        assertThat(out.toString()).contains(id).contains("on device lap-1");
        assertThat(run("suppress", "remove", id)).isZero();
        assertThat(run("suppress", "remove", id)).isEqualTo(1);
        assertThat(err.toString()).contains("HTTP 409");
        assertThat(run("suppress", "list", "--status", "removed")).isZero();
        assertThat(out.toString()).contains(id);
    }

    @Test
    void theAuditLogIsReadable() {
        assertThat(run("case", "set", "lap-1", "acknowledged")).isZero();
        assertThat(run("audit", "--action", "case.set", "--since", "2020-01-01T00:00:00Z")).isZero();
        assertThat(out.toString()).contains("case.set PUT /api/v1/devices/lap-1/case from 127.0.0.1");
        assertThat(run("audit", "--since", "yesterday")).isEqualTo(2);
    }
}
