package dev.farmguard.agent.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.Catalog;
import dev.farmguard.proto.v1.CatalogUpdate;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.Error;
import dev.farmguard.proto.v1.ErrorCode;
import dev.farmguard.proto.v1.Hello;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.Welcome;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectorConnectionTest {

    private final List<Catalog> catalogs = new ArrayList<>();
    private CollectorConnection connection;
    private EmbeddedChannel channel;

    @BeforeEach
    void open() {
        connection = new CollectorConnection(new HostPort("collector.test", 7443), catalogs::add);
        channel = new EmbeddedChannel(new CollectorSessionHandler(Hello.getDefaultInstance(), connection,
                Clock.systemUTC()));
        connection.attach(channel);
        channel.readOutbound(); // Hello
    }

    private void welcome(int maxFrameBytes) {
        channel.writeInbound(CollectorMessage.newBuilder().setWelcome(Welcome.newBuilder()
                .setDeviceId("dev-1").setLastStoredSequence(4).setMaxFrameBytes(maxFrameBytes)).build());
    }

    private static Snapshot snapshot(long sequence) {
        return Snapshot.newBuilder().setDeviceId("dev-1").setSequence(sequence).build();
    }

    @Test
    void anAckCompletesTheSnapshotsFuture() {
        welcome(4 << 20);
        assertThat(connection.welcome()).isCompletedWithValueMatching(w -> w.getLastStoredSequence() == 4);

        CompletableFuture<Ack> acked = connection.send(snapshot(5));
        AgentMessage sent = channel.readOutbound();
        assertThat(sent.getSnapshot().getSequence()).isEqualTo(5);
        assertThat(acked).isNotDone();
        assertThat(connection.isInFlight(5)).isTrue();

        channel.writeInbound(CollectorMessage.newBuilder().setAck(Ack.newBuilder().setSequence(5).setDuplicate(true))
                .build());
        assertThat(acked).isCompletedWithValueMatching(Ack::getDuplicate);
        assertThat(connection.inFlight()).isZero();
    }

    @Test
    void anErrorForASequenceFailsThatSnapshotOnly() {
        welcome(4 << 20);
        CompletableFuture<Ack> refused = connection.send(snapshot(5));
        CompletableFuture<Ack> other = connection.send(snapshot(6));

        channel.writeInbound(CollectorMessage.newBuilder().setError(Error.newBuilder()
                .setCode(ErrorCode.ERROR_CODE_STALE_SEQUENCE).setMessage("older than stored").setSequence(5)).build());

        assertThat(refused).isCompletedExceptionally();
        assertThat(refused.handle((a, e) -> e).join()).isInstanceOfSatisfying(CollectorRejectedException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ERROR_CODE_STALE_SEQUENCE);
            assertThat(e.retryable()).isFalse();
            assertThat(e).hasMessageContaining("snapshot 5").hasMessageContaining("older than stored");
        });
        assertThat(other).isNotDone();
    }

    @Test
    void closingFailsEverythingInFlight() {
        welcome(4 << 20);
        CompletableFuture<Ack> pending = connection.send(snapshot(5));

        channel.close();

        assertThat(pending).isCompletedExceptionally();
        assertThat(connection.closeFuture()).isDone();
        assertThat(connection.isOpen()).isFalse();
        assertThat(connection.send(snapshot(6))).isCompletedExceptionally();
    }

    @Test
    void aRefusedHelloFailsTheWelcome() {
        channel.writeInbound(CollectorMessage.newBuilder().setError(Error.newBuilder()
                .setCode(ErrorCode.ERROR_CODE_UNAUTHENTICATED).setMessage("unknown device").setFatal(true)).build());

        assertThat(connection.welcome()).isCompletedExceptionally();
        assertThat(connection.welcome().handle((w, e) -> e).join())
                .isInstanceOf(CollectorRejectedException.class).hasMessageContaining("unknown device");
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aSnapshotOverTheCollectorsFrameLimitIsNotSent() {
        welcome(8);

        CompletableFuture<Ack> acked = connection.send(snapshot(5));

        assertThat(channel.outboundMessages()).isEmpty();
        assertThat(acked.handle((a, e) -> e).join()).isInstanceOfSatisfying(CollectorRejectedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ERROR_CODE_TOO_LARGE));
    }

    @Test
    void catalogsGoToTheListenerAndSendingBeforeWelcomeFails() {
        assertThat(connection.send(snapshot(1))).failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class);
        Catalog catalog = Catalog.newBuilder().setVersion("2099.01.01").build();

        channel.writeInbound(CollectorMessage.newBuilder().setCatalog(CatalogUpdate.newBuilder().setCatalog(catalog))
                .build());

        assertThat(catalogs).containsExactly(catalog);
    }

    @Test
    void unwrapsCompletionWrappers() {
        TransportException cause = new TransportException("x");
        assertThat(Failures.unwrap(new CompletionException(cause))).isSameAs(cause);
    }
}
