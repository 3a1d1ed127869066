package dev.farmguard.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.metrics.Rejection;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyProtocolGateTest {

    private static final byte[] V2_SIGNATURE =
            {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};
    private static final List<Cidr> TRUSTED = List.of(Cidr.parse("10.0.0.0/8"));

    private final CollectorMetrics metrics = new CollectorMetrics();

    /** A channel whose peer is 10.1.2.3 (inside TRUSTED) or 192.0.2.50 (outside). */
    private EmbeddedChannel channel(boolean fromTrustedNetwork) {
        RejectionRecorder rejections = new RejectionRecorder(metrics);
        InetSocketAddress peer = new InetSocketAddress(fromTrustedNetwork ? "10.1.2.3" : "192.0.2.50", 40000);
        return new EmbeddedChannel(new ProxyProtocolGate(TRUSTED, rejections)) {
            @Override
            protected SocketAddress remoteAddress0() {
                return peer;
            }
        };
    }

    static ByteBuf v2Header(String sourceIp, int sourcePort) {
        ByteBuf b = Unpooled.buffer();
        b.writeBytes(V2_SIGNATURE);
        b.writeByte(0x21);           // version 2, command PROXY
        b.writeByte(0x11);           // TCP over IPv4
        b.writeShort(12);            // address block length
        for (String part : sourceIp.split("\\.")) {
            b.writeByte(Integer.parseInt(part));
        }
        b.writeBytes(new byte[] {(byte) 203, 0, 113, 1});
        b.writeShort(sourcePort);
        b.writeShort(9443);
        return b;
    }

    private static ByteBuf tlsLikeBytes() {
        return Unpooled.wrappedBuffer(new byte[] {0x16, 0x03, 0x01, 0x00, 0x05, 1, 2, 3, 4, 5});
    }

    @Test
    void plainTlsFromAnUntrustedPeerPassesThroughAtOnce() {
        EmbeddedChannel ch = channel(false);
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0x16}));
        assertThat(ch.pipeline().get(ProxyProtocolGate.class)).isNull();
        ByteBuf forwarded = ch.readInbound();
        assertThat(forwarded.readByte()).isEqualTo((byte) 0x16);
        forwarded.release();
        assertThat(ChannelState.observedIp(ch)).isEqualTo("192.0.2.50");
    }

    @Test
    void proxyV2FromAnUntrustedPeerClosesTheConnection() {
        EmbeddedChannel ch = channel(false);
        ch.writeInbound(v2Header("198.51.100.7", 5555));
        assertThat(ch.isActive()).isFalse();
        assertThat(metrics.rejections(Rejection.UNTRUSTED_PROXY_HEADER)).isEqualTo(1);
        Object forwarded = ch.readInbound();
        assertThat(forwarded).isNull();
    }

    @Test
    void proxyV1FromAnUntrustedPeerClosesTheConnection() {
        EmbeddedChannel ch = channel(false);
        ch.writeInbound(Unpooled.copiedBuffer("PROXY TCP4 198.51.100.7 203.0.113.1 5555 9443\r\n",
                StandardCharsets.US_ASCII));
        assertThat(ch.isActive()).isFalse();
        assertThat(metrics.rejections(Rejection.UNTRUSTED_PROXY_HEADER)).isEqualTo(1);
    }

    /** A PROXY v2 header for AF_UNIX stream sockets (108-byte paths each way): no IP address in it. */
    static ByteBuf v2UnixHeader(String sourcePath) {
        ByteBuf b = Unpooled.buffer();
        b.writeBytes(V2_SIGNATURE);
        b.writeByte(0x21);           // version 2, command PROXY
        b.writeByte(0x31);           // UNIX stream
        b.writeShort(216);
        byte[] path = java.util.Arrays.copyOf(sourcePath.getBytes(StandardCharsets.US_ASCII), 108);
        b.writeBytes(path);
        b.writeBytes(new byte[108]);
        return b;
    }

    @Test
    void anAfUnixSourceIsNoAddressSoTheSocketPeerStaysTheObservedIp() {
        EmbeddedChannel ch = channel(true);
        ByteBuf in = v2UnixHeader("/run/lb.sock");
        in.writeBytes(tlsLikeBytes());
        ch.writeInbound(in);
        assertThat(ChannelState.observedIp(ch)).isEqualTo("10.1.2.3");
        assertThat(ch.attr(ChannelState.OBSERVED_IP).get()).isNull();
        ByteBuf forwarded = ch.readInbound();
        assertThat(forwarded.readByte()).isEqualTo((byte) 0x16);
        forwarded.release();
    }

    @Test
    void proxyV2FromATrustedPeerSetsTheObservedIp() {
        EmbeddedChannel ch = channel(true);
        ByteBuf in = v2Header("198.51.100.7", 5555);
        in.writeBytes(tlsLikeBytes());
        ch.writeInbound(in);
        assertThat(ch.isActive()).isTrue();
        assertThat(ChannelState.observedIp(ch)).isEqualTo("198.51.100.7");
        ByteBuf forwarded = ch.readInbound();
        assertThat(forwarded.readByte()).isEqualTo((byte) 0x16);
        forwarded.release();
        assertThat(ch.pipeline().names()).noneMatch(n -> n.startsWith("proxy"));
    }

    @Test
    void aHeaderSplitAcrossReadsIsWaitedFor() {
        EmbeddedChannel ch = channel(true);
        ByteBuf in = v2Header("198.51.100.7", 5555);
        ch.writeInbound(in.readRetainedSlice(5));
        assertThat(ch.isActive()).isTrue();
        assertThat(ChannelState.observedIp(ch)).isEqualTo("10.1.2.3");
        ch.writeInbound(in);
        assertThat(ChannelState.observedIp(ch)).isEqualTo("198.51.100.7");
    }

    @Test
    void aTrustedPeerWithoutHeaderIsRefused() {
        EmbeddedChannel ch = channel(true);
        ch.writeInbound(Unpooled.buffer().writeBytes(tlsLikeBytes()).writeBytes(new byte[10]));
        assertThat(ch.isActive()).isFalse();
        assertThat(metrics.rejections(Rejection.MISSING_PROXY_HEADER)).isEqualTo(1);
    }
}
