package dev.farmguard.agent.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.Error;
import dev.farmguard.proto.v1.ErrorCode;
import dev.farmguard.proto.v1.Hello;
import dev.farmguard.proto.v1.Welcome;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class CollectorSessionHandlerTest {

    private static final Hello HELLO = Hello.newBuilder().setDeviceId("dev-1").setAgentVersion("0.1.0").build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private static final CollectorMessage WELCOME = CollectorMessage.newBuilder()
            .setWelcome(Welcome.newBuilder().setDeviceId("dev-1").setMaxFrameBytes(4 << 20)).build();

    private final RecordingListener listener = new RecordingListener();

    private EmbeddedChannel channel() {
        return new EmbeddedChannel(new CollectorSessionHandler(HELLO, listener, CLOCK));
    }

    @Test
    void helloIsTheFirstMessage() {
        EmbeddedChannel channel = channel();

        AgentMessage first = channel.readOutbound();
        assertThat(first.getHello()).isEqualTo(HELLO);
        channel.pipeline().fireUserEventTriggered(SslHandshakeCompletionEvent.SUCCESS);
        assertThat(channel.outboundMessages()).as("Hello is sent once").isEmpty();
    }

    @Test
    void handsWelcomeAcksAndCatalogsToTheListener() {
        EmbeddedChannel channel = channel();
        CollectorMessage ack = CollectorMessage.newBuilder()
                .setAck(Ack.newBuilder().setDeviceId("dev-1").setSequence(7)).build();

        channel.writeInbound(WELCOME, ack);

        assertThat(listener.events).containsExactly(WELCOME.getWelcome(), ack.getAck());
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void anAckBeforeWelcomeIsAProtocolError() {
        EmbeddedChannel channel = channel();

        channel.writeInbound(CollectorMessage.newBuilder().setAck(Ack.newBuilder().setSequence(1)).build());

        assertThat(listener.events).isEmpty();
        assertThat(listener.failures).singleElement().satisfies(f -> assertThat(f).hasMessageContaining("Ack before Welcome"));
        assertThat(channel.isOpen()).isFalse();
        assertThat(listener.closed).isEqualTo(1);
    }

    @Test
    void aFatalErrorClosesTheSessionAndANonFatalOneDoesNot() {
        EmbeddedChannel channel = channel();
        CollectorMessage refusal = CollectorMessage.newBuilder().setError(Error.newBuilder()
                .setCode(ErrorCode.ERROR_CODE_UNAVAILABLE).setMessage("disk full").setSequence(3)).build();
        CollectorMessage fatal = CollectorMessage.newBuilder().setError(Error.newBuilder()
                .setCode(ErrorCode.ERROR_CODE_UNAUTHENTICATED).setFatal(true)).build();

        channel.writeInbound(WELCOME, refusal);
        assertThat(channel.isOpen()).isTrue();
        channel.writeInbound(fatal);

        assertThat(listener.events).containsExactly(WELCOME.getWelcome(), refusal.getError(), fatal.getError());
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aFailedTlsHandshakeIsReportedAndCloses() {
        EmbeddedChannel channel = channel();
        channel.readOutbound();

        channel.pipeline().fireUserEventTriggered(new SslHandshakeCompletionEvent(new SSLHandshakeException("PKIX path")));

        assertThat(listener.failures).singleElement().isInstanceOf(SSLHandshakeException.class);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void sendsHeartbeatsWhenQuietAndDropsASilentCollector() {
        EmbeddedChannel channel = new EmbeddedChannel(new IdleStateHandler(90, 30, 0, TimeUnit.SECONDS),
                new CollectorSessionHandler(HELLO, listener, CLOCK));
        channel.freezeTime();
        assertThat(((AgentMessage) channel.readOutbound()).hasHello()).isTrue();
        channel.writeInbound(WELCOME);

        channel.advanceTimeBy(31, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        AgentMessage heartbeat = channel.readOutbound();
        assertThat(heartbeat.hasHeartbeat()).isTrue();
        assertThat(heartbeat.getHeartbeat().getSentAt().getSeconds()).isEqualTo(CLOCK.instant().getEpochSecond());
        assertThat(channel.isOpen()).isTrue();

        channel.advanceTimeBy(60, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(channel.isOpen()).isFalse();
        assertThat(listener.failures).singleElement().satisfies(f -> assertThat(f).hasMessageContaining("went silent"));
    }

    @Test
    void aFragmentedFrameIsDeliveredOnlyWhenComplete() {
        EmbeddedChannel channel = new EmbeddedChannel(new LengthFieldBasedFrameDecoder(1024, 0, 4, 0, 4),
                new ProtobufDecoder(CollectorMessage.getDefaultInstance()),
                new CollectorSessionHandler(HELLO, listener, CLOCK));
        byte[] body = WELCOME.toByteArray();
        ByteBuf frame = Unpooled.buffer().writeInt(body.length).writeBytes(body);

        channel.writeInbound(frame.readRetainedSlice(2));
        channel.writeInbound(frame.readRetainedSlice(4));
        assertThat(listener.events).isEmpty();
        channel.writeInbound(frame.readRetainedSlice(frame.readableBytes()));
        frame.release();

        assertThat(listener.events).containsExactly(WELCOME.getWelcome());
    }

    @Test
    void aFrameOverTheLimitClosesTheSession() {
        EmbeddedChannel channel = new EmbeddedChannel(new LengthFieldBasedFrameDecoder(1024, 0, 4, 0, 4),
                new ProtobufDecoder(CollectorMessage.getDefaultInstance()),
                new CollectorSessionHandler(HELLO, listener, CLOCK));

        channel.writeInbound(Unpooled.buffer().writeInt(1 << 20).writeBytes(new byte[16]));

        assertThat(listener.failures).singleElement().satisfies(f -> assertThat(f).hasMessageContaining("exceeds 1024"));
        assertThat(channel.isOpen()).isFalse();
    }
}
