package dev.farmguard.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.tls.CertificateAuthority;
import dev.farmguard.collector.tls.ServerTls;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandshakeAndIdleTest {

    @TempDir
    Path dir;

    private final CollectorMetrics metrics = new CollectorMetrics();
    private final RejectionRecorder rejections = new RejectionRecorder(metrics);

    private SslHandler serverTls() throws Exception {
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(dir.resolve("ca.pem"), dir.resolve("ca-key.pem"),
                Clock.systemUTC());
        SslHandler tls = ServerTls.serverContext(ca.issueServerCertificate(List.of("localhost"), Duration.ofDays(1)))
                .newHandler(io.netty.buffer.ByteBufAllocator.DEFAULT);
        tls.setHandshakeTimeoutMillis(10_000);
        return tls;
    }

    @Test
    void aHandshakeThatNeverCompletesTimesOut() throws Exception {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.freezeTime();
        ch.pipeline().addLast(serverTls(), new HandshakeWatcher(rejections, certificate -> { }), new IngestErrorHandler(rejections));
        ch.advanceTimeBy(9, TimeUnit.SECONDS);
        ch.runScheduledPendingTasks();
        assertThat(ch.isActive()).isTrue();
        ch.advanceTimeBy(2, TimeUnit.SECONDS);
        ch.runScheduledPendingTasks();
        ch.runPendingTasks();
        assertThat(ch.isActive()).isFalse();
        assertThat(metrics.rejections(Rejection.HANDSHAKE_TIMEOUT)).isEqualTo(1);
        ch.finishAndReleaseAll();
    }

    @Test
    void bytesThatAreNotTlsFailTheHandshake() throws Exception {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.pipeline().addLast(serverTls(), new HandshakeWatcher(rejections, certificate -> { }), new IngestErrorHandler(rejections));
        byte[] junk = "GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ch.writeInbound(Unpooled.wrappedBuffer(junk));
        ch.runPendingTasks();
        assertThat(ch.isActive()).isFalse();
        assertThat(metrics.rejections(Rejection.HANDSHAKE_FAILED)).isEqualTo(1);
        ch.finishAndReleaseAll();
    }

    @Test
    void aConnectionWithoutCompleteMessagesIsClosedWhenIdle() {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.freezeTime();
        ch.pipeline().addLast(new IdleStateHandler(60_000, 0, 0, TimeUnit.MILLISECONDS), new IdleCloser(rejections));
        ch.advanceTimeBy(59, TimeUnit.SECONDS);
        ch.runScheduledPendingTasks();
        assertThat(ch.isActive()).isTrue();
        ch.advanceTimeBy(2, TimeUnit.SECONDS);
        ch.runScheduledPendingTasks();
        assertThat(ch.isActive()).isFalse();
        assertThat(metrics.rejections(Rejection.IDLE_TIMEOUT)).isEqualTo(1);
    }
}
