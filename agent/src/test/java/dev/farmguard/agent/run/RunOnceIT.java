package dev.farmguard.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.catalog.CatalogStore;
import dev.farmguard.agent.testing.CliRun;
import dev.farmguard.agent.testing.TestCollector;
import dev.farmguard.agent.testing.TestPki;
import dev.farmguard.proto.v1.Catalog;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --once} against an in-test collector over real TLS on loopback. */
class RunOnceIT {

    private static final TestPki PKI = TestPki.create("localhost", "127.0.0.1");

    @TempDir
    static Path shared;
    private static Path ca;

    @TempDir
    Path state;

    @BeforeAll
    static void writeCa() throws IOException {
        ca = PKI.writeCaPem(shared);
    }

    @Test
    void aSnapshotIsSentAndAcknowledged() throws Exception {
        try (TestCollector collector = new TestCollector(PKI, false, null)) {
            CliRun run = CliRun.of("run", "--once", "--collector", "127.0.0.1:" + collector.port(), "--ca", ca.toString(),
                    "--state-dir", state.toString(), "--enroll-token", TestCollector.TOKEN);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("acknowledged");
            String hostname = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            assertThat(collector.enrollments).singleElement().satisfies(e -> {
                assertThat(e.getHostname()).isEqualTo(hostname);
                assertThat(e.getRequestedDeviceId()).isEmpty();
            });
            String enrolledAs = Files.readString(state.resolve("device-id")).trim();
            assertThat(collector.received).singleElement().satisfies(r -> {
                assertThat(r.hello().getDeviceId()).isEqualTo(enrolledAs);
                assertThat(r.snapshot().getDeviceId()).as("the certificate's id, not the provisional one")
                        .isEqualTo(enrolledAs);
                assertThat(r.snapshot().getSequence()).isEqualTo(1);
                assertThat(r.snapshot().getIdentity().getHostname()).isEqualTo(hostname);
            });
            try (var spooled = Files.list(state.resolve("spool"))) {
                assertThat(spooled).as("acknowledged snapshots leave the spool").isEmpty();
            }
            assertThat(Files.getPosixFilePermissions(state.resolve("client.pem")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(run.err()).doesNotContain(TestCollector.TOKEN);
        }
    }

    @Test
    void anEnrolledAgentNeedsNoTokenAndKeepsItsIdentity() throws Exception {
        try (TestCollector collector = new TestCollector(PKI, false, null)) {
            String[] first = {"run", "--once", "--collector", "127.0.0.1:" + collector.port(), "--ca", ca.toString(),
                "--state-dir", state.toString(), "--enroll-token", TestCollector.TOKEN};
            assertThat(CliRun.of(first).exitCode()).isZero();
            CliRun second = CliRun.of("run", "--once", "--collector", "127.0.0.1:" + collector.port(), "--ca",
                    ca.toString(), "--state-dir", state.toString());
            assertThat(second.exitCode()).as(second.err()).isZero();

            assertThat(collector.enrollments).as("enrolled once").hasSize(1);
            assertThat(collector.received).hasSize(2)
                    .extracting(r -> r.snapshot().getDeviceId()).containsOnly(collector.received.get(0).hello().getDeviceId());
            assertThat(collector.received).extracting(r -> r.snapshot().getSequence()).containsExactly(1L, 2L);
        }
    }

    @Test
    void aCertificateFromAnotherCollectorsCaIsReplacedByEnrollingWithTheToken() throws Exception {
        try (TestCollector before = new TestCollector(PKI, false, null)) {
            assertThat(CliRun.of("run", "--once", "--collector", "127.0.0.1:" + before.port(), "--ca", ca.toString(),
                    "--state-dir", state.toString(), "--enroll-token", TestCollector.TOKEN).exitCode()).isZero();
        }
        TestPki reinstalled = TestPki.create("localhost", "127.0.0.1");
        Path newCa = reinstalled.writeCaPem(Files.createDirectories(state.resolveSibling(state.getFileName() + "-ca")));
        CliRun withoutToken = CliRun.of("run", "--once", "--collector", "127.0.0.1:9", "--ca", newCa.toString(),
                "--state-dir", state.toString());
        assertThat(withoutToken.exitCode()).isEqualTo(2);
        assertThat(withoutToken.err()).contains("not issued by the CA given with --ca").contains("--enroll-token");

        try (TestCollector after = new TestCollector(reinstalled, false, null)) {
            CliRun run = CliRun.of("run", "--once", "--ack-timeout", "20", "--collector", "127.0.0.1:" + after.port(),
                    "--ca", newCa.toString(), "--state-dir", state.toString(), "--enroll-token", TestCollector.TOKEN);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(after.enrollments).hasSize(1);
            assertThat(after.received).singleElement().satisfies(r ->
                    assertThat(r.snapshot().getDeviceId()).isEqualTo(Files.readString(state.resolve("device-id")).trim()));
        }
    }

    @Test
    void withoutACertificateOrATokenTheAgentRefusesToStart() throws Exception {
        CliRun run = CliRun.of("run", "--once", "--collector", "127.0.0.1:9", "--ca", ca.toString(),
                "--state-dir", state.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not enrolled").contains("--enroll-token");
    }

    @Test
    void aRefusedTokenFailsAtOnce() throws Exception {
        try (TestCollector collector = new TestCollector(PKI, false, null)) {
            CliRun run = CliRun.of("run", "--once", "--collector", "127.0.0.1:" + collector.port(), "--ca",
                    ca.toString(), "--state-dir", state.toString(), "--enroll-token", "fge_wrong-token");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("enrollment refused").contains("UNAUTHENTICATED")
                    .doesNotContain("fge_wrong-token");
            assertThat(collector.received).isEmpty();
        }
    }

    @Test
    void aNewerCatalogFromTheCollectorIsSavedAndUsedNextTime() throws Exception {
        Catalog newer = Catalog.newBuilder(CatalogStore.bundled()).setVersion("9999.01.01").build();
        Assumptions.assumeTrue(TestPki.isLoopbackResolvable("localhost"));
        try (TestCollector collector = new TestCollector(PKI, false, newer)) {
            String[] args = {"run", "--once", "--collector", "localhost:" + collector.port(), "--ca", ca.toString(),
                "--state-dir", state.toString(), "--enroll-token", TestCollector.TOKEN};
            assertThat(CliRun.of(args).exitCode()).isZero();
            assertThat(CliRun.of(args).exitCode()).isZero();

            assertThat(Files.readString(state.resolve("catalog.json"))).contains("9999.01.01");
            assertThat(collector.received).hasSize(2);
            assertThat(collector.received.get(1).snapshot().getCatalogVersion()).isEqualTo("9999.01.01");
            assertThat(collector.received.get(1).hello().getCatalogVersion()).isEqualTo("9999.01.01");
        }
    }

    @Test
    void aCollectorSignedByAnotherCaIsRefused() throws Exception {
        TestPki other = TestPki.create("127.0.0.1");
        try (TestCollector collector = new TestCollector(other, false, null)) {
            CliRun run = CliRun.of("run", "--once", "--ack-timeout", "3", "--collector", "127.0.0.1:" + collector.port(),
                    "--ca", ca.toString(), "--state-dir", state.toString(), "--enroll-token", TestCollector.TOKEN);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("did not acknowledge").contains("TLS handshake with collector");
            assertThat(collector.received).isEmpty();
            try (var spooled = Files.list(state.resolve("spool"))) {
                assertThat(spooled).as("the snapshot waits for the next run").hasSize(1);
            }
        }
    }

    @Test
    void aCertificateForAnotherHostIsRefused() throws Exception {
        TestPki wrongName = TestPki.create("collector.example");
        Path otherCa = wrongName.writeCaPem(state);
        try (TestCollector collector = new TestCollector(wrongName, false, null)) {
            CliRun run = CliRun.of("run", "--once", "--ack-timeout", "3", "--collector", "127.0.0.1:" + collector.port(),
                    "--ca", otherCa.toString(), "--state-dir", state.resolve("s").toString(), "--enroll-token",
                    TestCollector.TOKEN);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("TLS handshake").containsIgnoringCase("127.0.0.1");
        }
    }

    @Test
    void aCollectorThatIsNotListeningIsReportedAsRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        CliRun run = CliRun.of("run", "--once", "--ack-timeout", "3", "--collector", "127.0.0.1:" + port,
                "--ca", ca.toString(), "--state-dir", state.toString(), "--enroll-token", TestCollector.TOKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot connect to collector 127.0.0.1:" + port + ": connection refused");
    }
}
