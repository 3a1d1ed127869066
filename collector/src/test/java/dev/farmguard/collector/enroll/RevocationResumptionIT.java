package dev.farmguard.collector.enroll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.testing.ProtoMessages;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.TestDevices;
import dev.farmguard.collector.testing.TestDevices.DeviceCert;
import dev.farmguard.collector.testing.Tls;
import dev.farmguard.proto.v1.CollectorMessage;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revocation and expiry hold for every connection, also when the client resumes a TLS session: the JDK's TLS
 * client reuses sessions of one {@link SSLContext} on its own (TLS 1.3 tickets, TLS 1.2 session ids), as the
 * real agent does, so the certificate checks of a full handshake alone are not enough.
 */
class RevocationResumptionIT {

    @TempDir
    Path dir;

    private Collector collector;
    private InetSocketAddress address;

    @BeforeEach
    void start() throws Exception {
        collector = RunningCollector.start(dir, List.of(), Duration.ofSeconds(10));
        address = RunningCollector.agentAddress(collector);
    }

    @AfterEach
    void stop() {
        collector.close();
    }

    /** One connection from a client TLS context that is kept across connections (so it may resume). */
    private static final class Session implements AutoCloseable {
        final SSLSocket socket;
        final DataOutputStream out;
        final DataInputStream in;

        Session(SSLContext tls, InetSocketAddress to, String protocol) throws IOException {
            socket = (SSLSocket) tls.getSocketFactory().createSocket(to.getHostString(), to.getPort());
            socket.setEnabledProtocols(new String[] {protocol});
            socket.setSoTimeout(15_000);
            socket.startHandshake();
            out = new DataOutputStream(socket.getOutputStream());
            in = new DataInputStream(socket.getInputStream());
        }

        void send(com.google.protobuf.MessageLite m) throws IOException {
            byte[] bytes = m.toByteArray();
            out.writeInt(bytes.length);
            out.write(bytes);
            out.flush();
        }

        /** The next message, or null when the collector closed the connection instead. */
        CollectorMessage readOrNull() {
            try {
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                return CollectorMessage.parseFrom(bytes);
            } catch (IOException e) {
                return null;
            }
        }

        /** Reads until the collector closes; the messages before the close must not include a Welcome or an Ack. */
        void assertRefusedUntilClosed() {
            for (CollectorMessage m = readOrNull(); m != null; m = readOrNull()) {
                assertThat(m.hasWelcome() || m.hasAck()).as("refused session answered " + m).isFalse();
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private DeviceCert certify(String deviceId, Duration validity) {
        KeyPair keys = TestDevices.newKeys();
        return new DeviceCert(keys.getPrivate(),
                collector.certificateAuthority().signClientCsr(TestDevices.csr(keys), deviceId, validity));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void aRevokedDeviceThatResumesItsTlsSessionIsRefused(String protocol) throws Exception {
        DeviceCert device = certify("res-1", Duration.ofDays(1));
        SSLContext tls = Tls.trusting(dir.resolve("ca.pem"), device);
        byte[] firstSessionId;
        try (Session first = new Session(tls, address, protocol)) {
            firstSessionId = first.socket.getSession().getId();
            first.send(ProtoMessages.hello("res-1", "9999"));
            assertThat(first.readOrNull().hasWelcome()).isTrue();
            first.send(ProtoMessages.snapshot("res-1", 1));
            assertThat(first.readOrNull().getAck().getSequence()).isEqualTo(1);
        }
        assertThat(collector.revocations().revoke("res-1")).isTrue();

        try (Session resumed = new Session(tls, address, protocol)) {
            if (protocol.equals("TLSv1.2")) {
                assertThat(resumed.socket.getSession().getId()).as("the collector resumes no TLS 1.2 session")
                        .isNotEqualTo(firstSessionId);
            }
            resumed.send(ProtoMessages.hello("res-1", "9999"));
            resumed.send(ProtoMessages.snapshot("res-1", 2));
            resumed.assertRefusedUntilClosed();
        } catch (IOException refusedAtTheHandshake) {
            // also fine: the resumption itself was refused
        }
        assertThat(collector.store().device("res-1").orElseThrow().summary().latestSequence()).isEqualTo(1);
        assertThat(collector.metrics().rejections(Rejection.REVOKED_CERTIFICATE)).isGreaterThanOrEqualTo(1);
    }

    /**
     * A resumed JDK session keeps its creation time (and, in TLS 1.2, its id); a full handshake makes a new
     * one. (Checked against the API port, which does resume: same creation time and id there.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void theAgentPortResumesNoTlsSession(String protocol) throws Exception {
        SSLContext tls = Tls.trusting(dir.resolve("ca.pem"), certify("full-1", Duration.ofDays(1)));
        long firstCreated;
        byte[] firstId;
        try (Session first = new Session(tls, address, protocol)) {
            first.send(ProtoMessages.hello("full-1", "9999"));
            assertThat(first.readOrNull().hasWelcome()).isTrue(); // tickets, if any, came before the Welcome
            firstCreated = first.socket.getSession().getCreationTime();
            firstId = first.socket.getSession().getId();
        }
        Thread.sleep(20); // creation times are in milliseconds
        try (Session second = new Session(tls, address, protocol)) {
            assertThat(second.socket.getSession().getCreationTime()).as("a new session").isNotEqualTo(firstCreated);
            assertThat(second.socket.getSession().getId()).isNotEqualTo(firstId);
        }
    }

    @Test
    void anExpiredCertificateCannotResumeASession() throws Exception {
        DeviceCert device = certify("exp-1", Duration.ofSeconds(3));
        SSLContext tls = Tls.trusting(dir.resolve("ca.pem"), device);
        try (Session first = new Session(tls, address, "TLSv1.3")) {
            first.send(ProtoMessages.hello("exp-1", "9999"));
            assertThat(first.readOrNull().hasWelcome()).isTrue();
        }
        long expiresAt = device.certificate().getNotAfter().getTime();
        while (System.currentTimeMillis() <= expiresAt + 1_000) {
            Thread.sleep(200); // waiting for the certificate to expire: wall-clock time must pass
        }
        try (Session resumed = new Session(tls, address, "TLSv1.3")) {
            resumed.send(ProtoMessages.hello("exp-1", "9999"));
            resumed.send(ProtoMessages.snapshot("exp-1", 1));
            resumed.assertRefusedUntilClosed();
        } catch (IOException refusedAtTheHandshake) {
            // also fine
        }
        assertThat(collector.store().device("exp-1")).isEmpty();
    }

    @Test
    void aRevocationClosesEveryOpenConnectionOfTheDeviceWithinSeconds() throws Exception {
        DeviceCert device = certify("many-1", Duration.ofDays(1));
        SSLContext tls = Tls.trusting(dir.resolve("ca.pem"), device);
        try (Session welcomed = new Session(tls, address, "TLSv1.3");
             Session handshakeOnly = new Session(tls, address, "TLSv1.3")) {
            welcomed.send(ProtoMessages.hello("many-1", "9999"));
            assertThat(welcomed.readOrNull().hasWelcome()).isTrue();
            long t0 = System.nanoTime();
            collector.revocations().revoke("many-1");
            welcomed.assertRefusedUntilClosed();
            try {
                handshakeOnly.send(ProtoMessages.hello("many-1", "9999"));
            } catch (IOException closedAlready) {
                // the revocation closed it before the Hello went out
            }
            handshakeOnly.assertRefusedUntilClosed();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        }
    }
}
