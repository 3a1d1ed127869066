package dev.farmguard.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.testing.AgentTestClient;
import dev.farmguard.collector.testing.ProtoMessages;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.TestDevices;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.ErrorCode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent port over real TLS on loopback: the protocol, bad clients, and a good client served meanwhile. */
class AgentIngestIT {

    @TempDir
    Path dir;

    private Collector collector;
    private InetSocketAddress address;
    private Path ca;

    @BeforeEach
    void start() throws Exception {
        collector = RunningCollector.start(dir, List.of(Cidr.parse("127.0.0.2/32")), Duration.ofSeconds(4));
        address = RunningCollector.agentAddress(collector);
        ca = dir.resolve("ca.pem");
    }

    @AfterEach
    void stop() {
        collector.close();
    }

    private AgentTestClient certified(String device) throws Exception {
        return AgentTestClient.connect(address, ca, TestDevices.certify(collector, device));
    }

    private AgentTestClient hello(String device) throws Exception {
        AgentTestClient c = certified(device);
        c.send(ProtoMessages.hello(device, "9999"));
        assertThat(c.read().getKindCase()).isEqualTo(CollectorMessage.KindCase.WELCOME);
        return c;
    }

    @Test
    void snapshotsAreAckedAfterStorageAndResendsAreDuplicates() throws Exception {
        try (AgentTestClient c = hello("dev-1")) {
            for (long seq = 1; seq <= 20; seq++) {
                c.send(ProtoMessages.snapshot("dev-1", seq));
            }
            for (long seq = 1; seq <= 20; seq++) {
                CollectorMessage ack = c.read();
                assertThat(ack.getAck().getSequence()).isEqualTo(seq);
                assertThat(ack.getAck().getDuplicate()).isFalse();
                assertThat(collector.store().history("dev-1", java.time.Instant.EPOCH,
                        java.time.Instant.parse("2100-01-01T00:00:00Z"), 100)).hasSizeGreaterThanOrEqualTo((int) seq);
            }
            c.send(ProtoMessages.snapshot("dev-1", 7));
            assertThat(c.read().getAck().getDuplicate()).isTrue();
        }
        assertThat(collector.store().device("dev-1").orElseThrow().summary().publicIp()).isEqualTo("127.0.0.1");
        try (AgentTestClient again = certified("dev-1")) {
            again.send(ProtoMessages.hello("dev-1", ""));
            CollectorMessage welcome = again.read();
            assertThat(welcome.getWelcome().getLastStoredSequence()).isEqualTo(20);
            assertThat(again.read().hasCatalog()).isTrue();
        }
    }

    @Test
    void badClientsAreClosedAndCountedWhileAGoodOneIsServed() throws Exception {
        try (AgentTestClient good = hello("good-1");
             AgentTestClient oversized = AgentTestClient.connect(address, ca);
             AgentTestClient random = AgentTestClient.connect(address, ca);
             AgentTestClient invalid = certified("dev-x");
             Socket neverTls = new Socket()) {
            neverTls.connect(address);
            neverTls.setSoTimeout(15_000);

            oversized.sendRaw(new byte[] {0x7F, 0, 0, 0});
            byte[] garbage = new byte[300];
            new Random(1).nextBytes(garbage);
            garbage[4] = (byte) 0xFF;
            random.sendRaw(intBytes(296));
            random.sendRaw(java.util.Arrays.copyOfRange(garbage, 4, 300));
            invalid.send(ProtoMessages.snapshot("dev-x", 1));

            good.send(ProtoMessages.snapshot("good-1", 1));
            assertThat(good.read().getAck().getSequence()).isEqualTo(1);

            assertThat(oversized.read().getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_TOO_LARGE);
            oversized.awaitClosedByServer();
            assertThat(random.read().getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_BAD_MESSAGE);
            random.awaitClosedByServer();
            assertThat(invalid.read().getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_PROTOCOL);
            invalid.awaitClosedByServer();
            assertThat(neverTls.getInputStream().read()).isEqualTo(-1); // handshake timeout closed it

            good.send(ProtoMessages.snapshot("good-1", 2));
            assertThat(good.read().getAck().getSequence()).isEqualTo(2);
        }
        assertThat(collector.metrics().rejections(Rejection.OVERSIZED_FRAME)).isEqualTo(1);
        assertThat(collector.metrics().rejections(Rejection.MALFORMED_PROTOBUF)).isEqualTo(1);
        assertThat(collector.metrics().rejections(Rejection.PROTOCOL_VIOLATION)).isEqualTo(1);
        // the silent connection at least; on a starved machine an honest handshake may time out too
        assertThat(collector.metrics().rejections(Rejection.HANDSHAKE_TIMEOUT)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aTruncatedFrameAndPlainTextAreCounted() throws Exception {
        try (AgentTestClient truncated = hello("dev-t")) {
            truncated.sendRaw(intBytes(1000));
            truncated.sendRaw(new byte[10]);
        }
        try (Socket plain = new Socket()) {
            plain.connect(address);
            plain.setSoTimeout(15_000);
            plain.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(plain.getInputStream().readAllBytes().length).isGreaterThanOrEqualTo(0);
        }
        try (AgentTestClient probe = hello("dev-probe")) {
            probe.send(ProtoMessages.heartbeat(5));
            assertThat(probe.read().hasHeartbeat()).isTrue();
        }
        assertThat(collector.metrics().rejections(Rejection.TRUNCATED_FRAME)).isEqualTo(1);
        assertThat(collector.metrics().rejections(Rejection.HANDSHAKE_FAILED)).isEqualTo(1);
    }

    @Test
    void proxyV2FromATrustedProxySetsThePublicIpAndElsewhereIsRefused() throws Exception {
        ByteBuf header = ProxyProtocolGateTest.v2Header("198.51.100.7", 5555);
        byte[] headerBytes = ByteBufUtil.getBytes(header);
        header.release();
        InetSocketAddress viaTrusted = new InetSocketAddress("127.0.0.1", address.getPort());
        // 127.0.0.2 is trusted: connect from it (Linux routes all of 127/8 to loopback)
        try (Socket plain = new Socket()) {
            plain.bind(new InetSocketAddress("127.0.0.2", 0));
            plain.connect(viaTrusted);
            plain.getOutputStream().write(headerBytes);
            javax.net.ssl.SSLSocket tls = (javax.net.ssl.SSLSocket) dev.farmguard.collector.testing.Tls.trusting(ca,
                    TestDevices.certify(collector, "dev-p")).getSocketFactory()
                    .createSocket(plain, "127.0.0.1", address.getPort(), true);
            tls.setSoTimeout(15_000);
            DataOutputStream out = new DataOutputStream(tls.getOutputStream());
            for (AgentMessage m : List.of(ProtoMessages.hello("dev-p", "9999"), ProtoMessages.snapshot("dev-p", 1))) {
                out.writeInt(m.getSerializedSize());
                out.write(m.toByteArray());
            }
            out.flush();
            java.io.DataInputStream in = new java.io.DataInputStream(tls.getInputStream());
            for (int i = 0; i < 2; i++) {
                byte[] frame = new byte[in.readInt()];
                in.readFully(frame);
            }
        }
        assertThat(collector.store().device("dev-p").orElseThrow().summary().publicIp()).isEqualTo("198.51.100.7");

        try (Socket untrusted = new Socket()) {
            untrusted.connect(address);
            untrusted.setSoTimeout(15_000);
            untrusted.getOutputStream().write(headerBytes);
            assertThat(untrusted.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(collector.metrics().rejections(Rejection.UNTRUSTED_PROXY_HEADER)).isEqualTo(1);

        // a trusted proxy's connection must carry the header, even with a valid device certificate
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AgentTestClient.connectFrom("127.0.0.2", address, ca,
                TestDevices.certify(collector, "dev-q")).close()).isInstanceOf(java.io.IOException.class);
        assertThat(collector.metrics().rejections(Rejection.MISSING_PROXY_HEADER)).isEqualTo(1);
        assertThat(collector.store().device("dev-q")).isEmpty();
    }

    private static byte[] intBytes(int v) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        new DataOutputStream(b).writeInt(v);
        return b.toByteArray();
    }
}
