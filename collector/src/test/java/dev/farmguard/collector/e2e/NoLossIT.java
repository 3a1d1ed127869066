package dev.farmguard.collector.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.cli.AgentMain;
import dev.farmguard.collector.cli.CollectorMain;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.store.DeviceSummary;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.FlakyTcpProxy;
import dev.farmguard.collector.testing.JavaProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * No snapshot is lost, whatever happens to the collector or the network: a real collector process and a
 * real agent process (enrolled with a token, reporting every second), and the collector killed with
 * SIGKILL mid-stream and restarted on the same data directory and port, or the connection cut again and
 * again by a proxy, or the collector stopped for a while. In every case the set of sequences the store
 * holds for the device is exactly the set the agent produced (each once: the store is keyed by
 * (device, sequence), and the agent resends what was not acknowledged).
 */
class NoLossIT {

    private static final Pattern COLLECTED = Pattern.compile("collected snapshot (\\d+)");
    private static final Pattern ACKED = Pattern.compile("snapshot (\\d+) of device \\S+ acknowledged");

    @TempDir
    Path dir;

    private Path data;
    private Path state;
    private int port;
    private String token;
    private int collectors;

    @BeforeEach
    void paths() throws Exception {
        data = dir.resolve("data");
        state = dir.resolve("agent");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    @Test
    void aCollectorKilledMidStreamAndRestartedLosesNothing() throws Exception {
        try (JavaProcess first = collector()) {
            token = createToken();
            try (JavaProcess agent = agent(port)) {
                awaitStored(4);
                first.kill();
                assertThat(first.isAlive()).isFalse();
                long before = storedCount();
                try (JavaProcess second = collector()) {
                    awaitStored(before + 4);
                    finish(agent);
                    assertThat(second.log()).doesNotContain(token);
                }
            }
        }
    }

    @Test
    void connectionsCutAgainAndAgainLoseNothing() throws Exception {
        try (JavaProcess collector = collector(); FlakyTcpProxy proxy = new FlakyTcpProxy(
                new InetSocketAddress("127.0.0.1", port))) {
            token = createToken();
            try (JavaProcess agent = agent(proxy.port())) {
                awaitStored(2);
                for (int i = 0; i < 8; i++) {
                    Thread.sleep(1_300); // let the agent reconnect and send a little, then cut again
                    proxy.cutAll();
                }
                long before = storedCount();
                awaitStored(before + 3);
                assertThat(proxy.cuts()).isGreaterThanOrEqualTo(4);
                finish(agent);
            }
            assertThat(collector.log()).doesNotContain(token);
        }
    }

    @Test
    void aCollectorStoppedForAWhileGetsTheSpoolWhenItComesBack() throws Exception {
        JavaProcess first = collector();
        token = createToken();
        try (JavaProcess agent = agent(port)) {
            awaitStored(3);
            assertThat(first.stop()).as("graceful exit on SIGTERM").isIn(0, 143);
            long before = storedCount();
            Thread.sleep(6_000); // the agent keeps collecting into its spool meanwhile
            try (var spooled = Files.list(state.resolve("spool"))) {
                assertThat(spooled.count()).as("snapshots wait in the spool").isGreaterThanOrEqualTo(2);
            }
            try (JavaProcess second = collector()) {
                awaitStored(before + 6);
                finish(agent);
                assertThat(second.isAlive()).isTrue();
            }
            assertThat(agent.log()).contains("retrying in");
        } finally {
            first.close();
        }
    }

    /** Stops the agent, sends what its spool still holds with one more run, and compares the sets. */
    private void finish(JavaProcess agent) throws Exception {
        assertThat(agent.stop()).as("graceful exit on SIGTERM").isIn(0, 143);
        Set<Long> produced = new TreeSet<>(matches(COLLECTED, agent.log()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine once = AgentMain.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exit = once.execute("run", "--once", "--collector", "127.0.0.1:" + port, "--ca",
                data.resolve("ca.pem").toString(), "--state-dir", state.toString());
        assertThat(exit).as(err.toString()).isZero();
        produced.addAll(matches(ACKED, out.toString()));
        try (var spooled = Files.list(state.resolve("spool"))) {
            assertThat(spooled).as("everything acknowledged").isEmpty();
        }
        List<DeviceSnapshot> stored = storedSnapshots();
        assertThat(stored).extracting(DeviceSnapshot::sequence).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(produced);
        assertThat(stored).allSatisfy(s -> assertThat(s.droppedSnapshotsTotal()).isZero());
        assertThat(agent.log()).doesNotContain(token);
    }

    private JavaProcess collector() throws Exception {
        Path listen = data.resolve("listen.json");
        Files.deleteIfExists(listen);
        JavaProcess p = JavaProcess.start(dir.resolve("collector-" + (++collectors) + ".log"), CollectorMain.class,
                List.of("serve", "--data", data.toString(), "--agent-listen", "127.0.0.1:" + port,
                        "--api-listen", "127.0.0.1:0"));
        await(() -> Files.exists(listen) || !p.isAlive(), Duration.ofSeconds(60));
        assertThat(p.isAlive()).as("collector started; log:%n%s", p.log()).isTrue();
        return p;
    }

    private String createToken() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CollectorMain.run(new PrintWriter(out, true), new PrintWriter(err, true), "enrollment-token",
                "create", "--data", data.toString(), "--uses", "1", "--note", "no-loss test");
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().strip();
    }

    private JavaProcess agent(int collectorPort) throws Exception {
        return JavaProcess.start(dir.resolve("agent.log"), AgentMain.class, List.of("run", "--collector",
                "127.0.0.1:" + collectorPort, "--ca", data.resolve("ca.pem").toString(), "--state-dir", state.toString(),
                "--interval", "1", "--enroll-token", token, "--log-level", "debug"));
    }

    private void awaitStored(long n) throws Exception {
        await(() -> storedCount() >= n, Duration.ofSeconds(120));
    }

    private long storedCount() {
        return storedSnapshots().size();
    }

    private List<DeviceSnapshot> storedSnapshots() {
        try (Store store = StoreFactory.sqlite(data.resolve(StoreFactory.SQLITE_FILE))) {
            List<DeviceSummary> devices = store.devices();
            if (devices.isEmpty()) {
                return List.of();
            }
            assertThat(devices).hasSize(1);
            return store.history(devices.get(0).deviceId(), Instant.EPOCH, Instant.parse("2200-01-01T00:00:00Z"),
                    1000);
        }
    }

    private static Set<Long> matches(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return Stream.iterate(m.find(), found -> found, found -> m.find()).map(found -> Long.parseLong(m.group(1)))
                .collect(Collectors.toSet());
    }

    private static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit);
            }
            Thread.sleep(250); // waiting for other processes, not timing behaviour
        }
    }
}
