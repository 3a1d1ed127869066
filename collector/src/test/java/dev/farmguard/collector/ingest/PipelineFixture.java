package dev.farmguard.collector.ingest;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import dev.farmguard.collector.config.Limits;
import dev.farmguard.collector.enroll.DeviceEnroller;
import dev.farmguard.collector.intake.BlockingWork;
import dev.farmguard.collector.intake.SnapshotSink;
import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.wire.SignatureCatalog;
import dev.farmguard.collector.wire.WireProtocol;
import dev.farmguard.collector.wire.WireReader;
import dev.farmguard.proto.v1.CollectorMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * The agent pipeline minus TLS, over an EmbeddedChannel, with helpers to frame and unframe messages. The
 * channel counts as certified for {@link #DEVICE} (as the TLS handshake would have recorded), unless built
 * without a certified device. Blocking work runs at once on the calling thread.
 */
final class PipelineFixture {

    static final int MAX_FRAME = 4096;
    static final String DEVICE = "dev-1";
    static final SignatureCatalog CATALOG = SignatureCatalog.fromClasspath();
    static final BlockingWork DIRECT = new BlockingWork() {
        @Override
        public <T> CompletableFuture<T> submit(Callable<T> work) {
            try {
                return CompletableFuture.completedFuture(work.call());
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    };

    /** A certificate to record on a certified channel; the fixture's certificate check accepts any. */
    private static final class AnyCertificate {
        static final java.security.cert.X509Certificate INSTANCE = create();

        private static java.security.cert.X509Certificate create() {
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fixture-ca");
                return dev.farmguard.collector.tls.CertificateAuthority.loadOrCreate(dir.resolve("ca.pem"),
                        dir.resolve("ca-key.pem"), java.time.Clock.systemUTC()).certificate();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    final CollectorMetrics metrics = new CollectorMetrics();
    final RejectionRecorder rejections = new RejectionRecorder(metrics);
    final EmbeddedChannel channel;

    PipelineFixture(SnapshotSink sink, long lastStoredSequence) {
        this(sink, lastStoredSequence, DEVICE, null, Limits.DEFAULTS);
    }

    /**
     * @param certified the client certificate's device id, null for a connection without one
     * @param enroller  null when the test never enrolls
     */
    PipelineFixture(SnapshotSink sink, long lastStoredSequence, String certified, DeviceEnroller enroller,
                    Limits limits) {
        SessionServices services = new SessionServices(sink,
                id -> CompletableFuture.completedFuture(lastStoredSequence), CATALOG, "test", MAX_FRAME, enroller,
                DIRECT, metrics, certificate -> { });
        channel = new EmbeddedChannel();
        if (certified != null) {
            channel.attr(ChannelState.DEVICE_ID).set(certified);
            channel.attr(ChannelState.CERTIFICATE).set(AnyCertificate.INSTANCE);
        }
        channel.pipeline().addLast(handlers(services, limits));
    }

    ChannelHandler[] handlers(SessionServices services, Limits limits) {
        DeviceRateLimits rates = new DeviceRateLimits(limits.messagesPerSecond(), limits.messageBurst(), () -> 0L);
        DeviceRateLimits bytes = new DeviceRateLimits(limits.deviceBytesPerSecond(), limits.deviceBytes(), () -> 0L);
        return new ChannelHandler[] {
            new BoundedFrameDecoder(MAX_FRAME), new LengthFieldPrepender(4),
            new ProtobufDecoder(WireProtocol.agentMessagePrototype()), new ProtobufEncoder(),
            new InboundTranslator(new WireReader(limits.snapshot())), new OutboundTranslator(),
            new RateLimitHandler(rates, bytes, rejections), new EnrollmentHandler(services, rejections),
            new AgentSessionHandler(services, rejections), new IngestErrorHandler(rejections)};
    }

    static ByteBuf frame(MessageLite message) {
        return frame(message.toByteArray());
    }

    static ByteBuf frame(byte[] payload) {
        ByteBuf b = Unpooled.buffer();
        b.writeInt(payload.length);
        b.writeBytes(payload);
        return b;
    }

    void send(MessageLite message) {
        channel.writeInbound(frame(message));
        channel.runPendingTasks();
    }

    /** Everything the collector wrote so far, unframed. */
    List<CollectorMessage> written() {
        channel.runPendingTasks();
        List<CollectorMessage> out = new ArrayList<>();
        ByteBuf all = Unpooled.buffer();
        for (Object o = channel.readOutbound(); o != null; o = channel.readOutbound()) {
            ByteBuf b = (ByteBuf) o;
            all.writeBytes(b);
            b.release();
        }
        while (all.readableBytes() >= 4) {
            int len = all.readInt();
            byte[] bytes = new byte[len];
            all.readBytes(bytes);
            try {
                out.add(CollectorMessage.parseFrom(bytes));
            } catch (InvalidProtocolBufferException e) {
                throw new AssertionError("collector wrote a bad frame", e);
            }
        }
        all.release();
        return out;
    }
}
