package dev.farmguard.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.config.Limits;
import dev.farmguard.collector.config.SnapshotLimits;
import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.testing.AgentTestClient;
import dev.farmguard.collector.testing.ProtoMessages;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.TestDevices;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits of the agent port on a real collector: connections per source address (direct and behind a
 * trusted proxy, with a long handshake timeout so that only the limit closes connections), and slowloris
 * clients with short timeouts (a TLS handshake that never finishes, a frame that never completes), while a
 * good agent is served. CI machines are shared and busy: timing is asserted as order and bounds (each slow
 * client closed, not before its timeout; at least as many timeouts as slow clients), never exact counts of
 * timeouts, since a starved honest client may time out too.
 */
class LimitsIT {

    private static final Duration HANDSHAKE = Duration.ofMillis(1500);
    private static final Duration IDLE = Duration.ofSeconds(3);
    /** For the connection-limit tests: no connection there may be closed by a timeout, however slow the machine. */
    private static final Duration PATIENT = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    private Collector collector;
    private InetSocketAddress address;

    private void start(Duration handshake, Duration idle) throws Exception {
        collector = RunningCollector.start(dir, List.of(Cidr.parse("127.0.0.2/32")),
                new Limits(64 * 1024, handshake, idle, 1024, 3, 100, 1000, SnapshotLimits.DEFAULTS));
        address = RunningCollector.agentAddress(collector);
    }

    @AfterEach
    void stop() {
        if (collector != null) {
            collector.close();
        }
    }

    private static Socket open(String from, InetSocketAddress to) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(to, 5_000);
        s.setSoTimeout(60_000); // a bound, not a timing: a starved event loop may take long to close
        return s;
    }

    /** Reads until the collector closes the connection; the time it took. */
    private static Duration closedAfter(Socket s, long startNanos) throws IOException {
        InputStream in = s.getInputStream();
        try {
            while (in.read() >= 0) {
                // whatever comes before the close
            }
        } catch (SocketException e) {
            // reset: closed as well
        }
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Test
    void connectionsBeyondThePerAddressLimitAreClosedAtOnce() throws Exception {
        start(PATIENT, PATIENT);
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                held.add(open("127.0.0.1", address));
            }
            // the event loops may admit the four in any order: exactly one of them is closed, the others stay
            java.util.Set<Socket> closed = closedWithin(held, Duration.ofSeconds(60));
            assertThat(closed).as("connections beyond the limit of 3").hasSize(1);
            held.removeAll(closed);
            closed.iterator().next().close();
            try (AgentTestClient good = AgentTestClient.connectFrom("127.0.0.4", address, dir.resolve("ca.pem"),
                    TestDevices.certify(collector, "good-1"))) {
                good.send(ProtoMessages.hello("good-1", "9999"));
                assertThat(good.read().hasWelcome()).as("another address is not limited").isTrue();
            }
            held.remove(0).close();
            waitUntil(() -> collector.metrics().activeConnections().get() <= 2);
            try (AgentTestClient again = AgentTestClient.connect(address, dir.resolve("ca.pem"),
                    TestDevices.certify(collector, "good-2"))) {
                again.send(ProtoMessages.hello("good-2", "9999"));
                assertThat(again.read().hasWelcome()).as("a freed slot can be used again").isTrue();
            }
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
        assertThat(collector.metrics().rejections(Rejection.TOO_MANY_CONNECTIONS)).isEqualTo(1);
    }

    @Test
    void behindATrustedProxyTheLimitAppliesToTheClientAddressInTheHeader() throws Exception {
        start(PATIENT, PATIENT);
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket s = open("127.0.0.2", address);
                s.getOutputStream().write(proxyHeader("198.51.100.7"));
                s.getOutputStream().write(0x16); // the first byte of a TLS record, so the header is acted on
                held.add(s);
            }
            // which of the four the collector handles last depends on the scheduler: exactly one of them is closed
            assertThat(closedWithin(held, Duration.ofSeconds(60))).as("connections for 198.51.100.7 closed").hasSize(1);
            try (Socket other = open("127.0.0.2", address)) {
                other.getOutputStream().write(proxyHeader("198.51.100.8"));
                other.getOutputStream().write(0x16);
                other.setSoTimeout(500);
                assertThat(stillOpen(other)).as("another client behind the same proxy").isTrue();
            }
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
        assertThat(collector.metrics().rejections(Rejection.TOO_MANY_CONNECTIONS)).isEqualTo(1);
    }

    @Test
    void slowlorisConnectionsAreClosedByTheTimeoutsWhileAGoodAgentIsServed() throws Exception {
        start(HANDSHAKE, IDLE);
        long t0 = System.nanoTime();
        try (Socket silent = open("127.0.0.1", address);
             Socket trickle = open("127.0.0.5", address);
             AgentTestClient partial = AgentTestClient.connectFrom("127.0.0.6", address, dir.resolve("ca.pem"),
                     TestDevices.certify(collector, "slow-1"));
             AgentTestClient good = AgentTestClient.connectFrom("127.0.0.7", address, dir.resolve("ca.pem"),
                     TestDevices.certify(collector, "good-1"))) {
            // a TLS record header promising a ClientHello, then one byte at a time, never finishing
            Thread trickler = new Thread(() -> trickle(trickle), "trickler");
            trickler.setDaemon(true);
            trickler.start();
            partial.send(ProtoMessages.hello("slow-1", "9999"));
            assertThat(partial.read().hasWelcome()).isTrue();
            partial.sendRaw(new byte[] {0, 0, 0, 100, 1, 2, 3});
            long partialStart = System.nanoTime();

            good.send(ProtoMessages.hello("good-1", "9999"));
            assertThat(good.read().hasWelcome()).isTrue();
            good.send(ProtoMessages.snapshot("good-1", 1));
            assertThat(good.read().getAck().getSequence()).isEqualTo(1);

            assertThat(closedAfter(silent, t0)).isBetween(HANDSHAKE.minusMillis(200), HANDSHAKE.plusSeconds(8));
            assertThat(closedAfter(trickle, t0)).as("trickling bytes does not extend the handshake")
                    .isBetween(HANDSHAKE.minusMillis(200), HANDSHAKE.plusSeconds(8));
            partial.awaitClosedByServer();
            assertThat(Duration.ofNanos(System.nanoTime() - partialStart)).isGreaterThanOrEqualTo(IDLE.minusMillis(200));
        }
        // the two slow handshakes and the stalled frame at least; a starved honest client may add to them
        assertThat(collector.metrics().rejections(Rejection.HANDSHAKE_TIMEOUT)).isGreaterThanOrEqualTo(2);
        assertThat(collector.metrics().rejections(Rejection.IDLE_TIMEOUT)).isGreaterThanOrEqualTo(1);
        assertThat(collector.store().device("good-1")).isPresent();
    }

    private static void trickle(Socket s) {
        try {
            OutputStream out = s.getOutputStream();
            out.write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00});
            for (int i = 0; i < 200; i++) {
                out.write(1);
                out.flush();
                Thread.sleep(50); // a slow client: the point of the test
            }
        } catch (IOException | InterruptedException e) {
            // closed by the collector: expected
        }
    }

    /** The sockets the collector closes within {@code limit} (waiting for the first), polling each briefly in turn. */
    private static java.util.Set<Socket> closedWithin(List<Socket> sockets, Duration limit) throws IOException {
        java.util.function.Predicate<Socket> closedNow = s -> {
            try {
                return !stillOpen(s);
            } catch (IOException e) {
                return true; // reset by the collector
            }
        };
        long deadline = System.nanoTime() + limit.toNanos();
        java.util.Set<Socket> closed = new java.util.HashSet<>();
        while (closed.isEmpty() && System.nanoTime() < deadline) {
            for (Socket s : sockets) {
                s.setSoTimeout(100);
                if (!closed.contains(s) && closedNow.test(s)) {
                    closed.add(s);
                }
            }
        }
        for (Socket s : sockets) { // a second closure would come right after the first
            s.setSoTimeout(500);
            if (!closed.contains(s) && closedNow.test(s)) {
                closed.add(s);
            }
        }
        return closed;
    }

    private static boolean stillOpen(Socket s) throws IOException {
        try {
            return s.getInputStream().read() != -1;
        } catch (java.net.SocketTimeoutException e) {
            return true;
        }
    }

    private static byte[] proxyHeader(String source) {
        ByteBuf header = ProxyProtocolGateTest.v2Header(source, 5555);
        byte[] bytes = ByteBufUtil.getBytes(header);
        header.release();
        return bytes;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20); // waiting for the server's event loop, not timing behaviour
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
