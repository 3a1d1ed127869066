package dev.farmguard.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.enroll.CredentialStore;
import dev.farmguard.agent.spool.SnapshotSpool;
import dev.farmguard.agent.state.StateDirectory;
import dev.farmguard.agent.testing.TestCollector;
import dev.farmguard.agent.testing.TestPki;
import dev.farmguard.agent.transport.Backoff;
import dev.farmguard.agent.transport.CollectorConnector;
import dev.farmguard.agent.transport.HostPort;
import dev.farmguard.agent.transport.TransportConfig;
import dev.farmguard.proto.v1.Ack;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run loop over loopback TLS: spooling while the collector is away, reconnecting, periodic collection. */
class AgentRunnerIT {

    private static final TestPki PKI = TestPki.create("127.0.0.1");

    @TempDir
    Path dir;

    /** Agents opened by a test (each holds its state directory's lock), closed after it. */
    private final java.util.List<LocalAgent> agents = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void closeAgents() {
        agents.forEach(LocalAgent::close);
    }

    private AgentRunner runner(Path state, int port) throws Exception {
        LocalAgent agent = LocalAgent.open(state);
        agents.add(agent);
        CollectorConnector connector = new CollectorConnector(
                TransportConfig.defaults(new HostPort("127.0.0.1", port), PKI.writeCaPem(dir)), 1, Clock.systemUTC());
        return new AgentRunner(agent, SnapshotSpool.open(agent.state(), 100), connector,
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(500), () -> 0.5), TestCollector.TOKEN);
    }

    @Test
    void spooledSnapshotsAreDeliveredInOrderOnceTheCollectorComesUp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path state = dir.resolve("state");
        AgentRunner runner = runner(state, port);
        try {
            CompletableFuture<Ack> first = runner.collectOnce();
            CompletableFuture<Ack> second = runner.collectOnce();
            await(() -> runner.lastProblem() != null && runner.lastProblem().contains("connection refused"));
            assertThat(first).isNotDone();

            try (TestCollector collector = new TestCollector(PKI, false, null, port)) {
                assertThat(first.get(15, TimeUnit.SECONDS).getSequence()).isEqualTo(1);
                assertThat(second.get(15, TimeUnit.SECONDS).getSequence()).isEqualTo(2);
                assertThat(collector.received).extracting(r -> r.snapshot().getSequence()).containsExactly(1L, 2L);
            }
            try (var spooled = Files.list(state.resolve("spool"))) {
                assertThat(spooled).isEmpty();
            }
        } finally {
            runner.close();
        }
    }

    @Test
    void collectsOnASchedule() throws Exception {
        try (TestCollector collector = new TestCollector(PKI, false, null)) {
            AgentRunner runner = runner(dir.resolve("state"), collector.port());
            try {
                runner.start(Duration.ofMillis(300));
                await(() -> collector.received.size() >= 3);
            } finally {
                runner.close();
            }
            assertThat(collector.received).extracting(r -> r.snapshot().getSequence()).startsWith(1L, 2L, 3L);
        }
    }

    @Test
    void theSpoolSurvivesARestartAndEverySnapshotArrivesOnceInOrder() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path state = dir.resolve("state");
        AgentRunner before = runner(state, port);
        try {
            for (int i = 0; i < 3; i++) {
                before.collectOnce();
            }
            await(() -> spooled(state) == 3);
        } finally {
            before.close();
            agents.remove(0).close();
        }
        AgentRunner after = runner(state, port);
        try (TestCollector collector = new TestCollector(PKI, false, null, port)) {
            CompletableFuture<Ack> fourth = after.collectOnce();
            assertThat(fourth.get(15, TimeUnit.SECONDS).getSequence()).isEqualTo(4);
            await(() -> collector.received.size() == 4);
            assertThat(collector.received).extracting(r -> r.snapshot().getSequence()).containsExactly(1L, 2L, 3L, 4L);
            await(() -> spooled(state) == 0);
        } finally {
            after.close();
        }
    }

    @Test
    void aCertificateIsRenewedOnceTwoThirdsOfItsLifetimeHavePassed() throws Exception {
        try (TestCollector collector = new TestCollector(PKI, false, null)) {
            collector.certificateValidity(Duration.ofDays(1), Duration.ofDays(2));
            Path state = dir.resolve("state");
            AgentRunner runner = runner(state, collector.port());
            try {
                runner.collectOnce().get(15, TimeUnit.SECONDS);
                await(() -> collector.issued.size() == 2);
                String device = collector.received.get(0).snapshot().getDeviceId();
                assertThat(collector.renewals).containsExactly(device);
                CredentialStore stored = new CredentialStore(StateDirectory.open(state));
                await(() -> stored.load().map(c -> c.certificate().equals(collector.issued.get(1))).orElse(false));
                assertThat(stored.load().orElseThrow().deviceId()).as("renewal keeps the device id").isEqualTo(device);
            } finally {
                runner.close();
            }
            assertThat(collector.enrollments).hasSize(1);
        }
    }

    @Test
    void aFatalRefusalNamingNoSnapshotBacksOffInsteadOfReconnectingInALoop() throws Exception {
        try (TestCollector collector = new TestCollector(PKI, false, null)) {
            collector.refuseSnapshotsUnattributably();
            Path state = dir.resolve("state");
            LocalAgent agent = LocalAgent.open(state);
            agents.add(agent);
            CollectorConnector connector = new CollectorConnector(TransportConfig.defaults(
                    new HostPort("127.0.0.1", collector.port()), PKI.writeCaPem(dir)), 1, Clock.systemUTC());
            // 100 ms doubling up to 10 s: 100, 200, 400, 800, 1600, 3200 ms (jitter fixed at the top)
            AgentRunner runner = new AgentRunner(agent, SnapshotSpool.open(agent.state(), 100), connector,
                    new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), () -> 0.999), TestCollector.TOKEN);
            try {
                runner.collectOnce();
                await(() -> collector.sessions.get() >= 2);
                long t0 = System.nanoTime();
                Thread.sleep(4_000); // observing the reconnect rate: time must pass
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
                // a loop would reconnect every ~100 ms (40 sessions); backing off allows about 5 in 4 s
                assertThat(collector.sessions.get()).as("sessions within %d s", seconds).isLessThanOrEqualTo(8);
                assertThat(spooled(state)).as("the snapshot is kept: the refusal did not name it").isEqualTo(1);
            } finally {
                runner.close();
            }
        }
    }

    @Test
    void snapshotsRefusedForNowAreResentAfterGrowingPauses() throws Exception {
        try (TestCollector collector = new TestCollector(PKI, false, null)) {
            collector.rateLimitNext(4);
            Path state = dir.resolve("state");
            LocalAgent agent = LocalAgent.open(state);
            agents.add(agent);
            CollectorConnector connector = new CollectorConnector(TransportConfig.defaults(
                    new HostPort("127.0.0.1", collector.port()), PKI.writeCaPem(dir)), 1, Clock.systemUTC());
            // retries after 100, 200, 400 and 800 ms (jitter fixed at the top): 1.5 s in all, at least
            AgentRunner runner = new AgentRunner(agent, SnapshotSpool.open(agent.state(), 100), connector,
                    new Backoff(Duration.ofMillis(100), Duration.ofMillis(500), () -> 0.5),
                    new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), () -> 0.999), TestCollector.TOKEN);
            try {
                long t0 = System.nanoTime();
                Ack ack = runner.collectOnce().get(20, TimeUnit.SECONDS);
                long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                assertThat(ack.getSequence()).isEqualTo(1);
                assertThat(collector.rateLimited.get()).isEqualTo(4);
                assertThat(waited).as("pauses grew from 100 ms").isGreaterThanOrEqualTo(1_400);
            } finally {
                runner.close();
            }
        }
    }

    private static long spooled(Path state) {
        try (var files = Files.list(state.resolve("spool"))) {
            return files.count();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Polls a condition for up to 20 s (the loop runs on its own threads). */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
