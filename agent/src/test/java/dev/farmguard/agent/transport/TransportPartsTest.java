package dev.farmguard.agent.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyMessageDecoder;
import io.netty.handler.codec.haproxy.HAProxyMessageEncoder;
import io.netty.handler.codec.haproxy.HAProxyProtocolVersion;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class TransportPartsTest {

    @Test
    void parsesHostPort() {
        assertThat(HostPort.parse("collector.example.com:7443")).isEqualTo(new HostPort("collector.example.com", 7443));
        assertThat(HostPort.parse("[::1]:7443")).isEqualTo(new HostPort("::1", 7443));
        assertThat(HostPort.parse("[::1]:7443").toString()).isEqualTo("[::1]:7443");
        assertThatThrownBy(() -> HostPort.parse("abc")).hasMessageContaining("expected HOST:PORT");
        assertThatThrownBy(() -> HostPort.parse("host:http")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> HostPort.parse("host:70000")).hasMessageContaining("not in 1..65535");
        assertThatThrownBy(() -> HostPort.parse("::1:7443")).hasMessageContaining("[ADDRESS]:PORT");
        assertThatThrownBy(() -> HostPort.parse(":7443")).hasMessageContaining("expected HOST:PORT");
    }

    @Test
    void backoffGrowsWithJitterUpToItsCapAndResets() {
        double[] random = {0.0};
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), () -> random[0]);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            delays.add(backoff.next().toMillis());
        }
        assertThat(delays).containsExactly(500L, 1000L, 2000L, 4000L, 5000L, 5000L);

        random[0] = 0.999;
        assertThat(backoff.next().toMillis()).isBetween(9900L, 10_000L);
        backoff.reset();
        assertThat(backoff.next().toMillis()).isBetween(500L, 1000L);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), () -> 0)).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void proxyHeaderIsAVersion2HeaderNamingTheObservedIp() {
        InetSocketAddress collector = new InetSocketAddress("127.0.0.1", 7443);
        EmbeddedChannel encoder = new EmbeddedChannel(HAProxyMessageEncoder.INSTANCE);
        encoder.writeOutbound(ProxyHeaderSender.header("203.0.113.7", 40000, collector));
        ByteBuf bytes = encoder.readOutbound();

        EmbeddedChannel decoder = new EmbeddedChannel(new HAProxyMessageDecoder());
        decoder.writeInbound(bytes);
        HAProxyMessage decoded = decoder.readInbound();

        assertThat(decoded.protocolVersion()).isEqualTo(HAProxyProtocolVersion.V2);
        assertThat(decoded.sourceAddress()).isEqualTo("203.0.113.7");
        assertThat(decoded.destinationAddress()).isEqualTo("127.0.0.1");
        assertThat(decoded.destinationPort()).isEqualTo(7443);
        decoded.release();

        HAProxyMessage v6 = ProxyHeaderSender.header("2001:db8::7", 40000, collector);
        assertThat(v6.destinationAddress()).isEqualTo("::");
        v6.release();
        assertThatThrownBy(() -> new ProxyHeaderSender("not-an-ip")).hasMessageContaining("not an IP address");
    }

    @Test
    void describesConnectFailuresInPlainWords() {
        HostPort peer = new HostPort("collector.test", 7443);

        assertThat(Failures.describeConnect(peer, new ConnectException("Connection refused: collector.test/10.0.0.1")))
                .isEqualTo("cannot connect to collector collector.test:7443: connection refused");
        assertThat(Failures.describeConnect(peer, new UnknownHostException("collector.test")))
                .isEqualTo("cannot resolve collector host 'collector.test'");
        assertThat(Failures.describeConnect(peer, new SSLHandshakeException("PKIX path building failed")))
                .startsWith("TLS handshake with collector collector.test:7443 failed: PKIX path building failed (is --ca");
    }
}
