package dev.farmguard.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.MessageLite;
import dev.farmguard.collector.config.Limits;
import dev.farmguard.collector.enroll.DeviceEnroller;
import dev.farmguard.collector.enroll.EnrollmentRefusedException;
import dev.farmguard.collector.enroll.EnrollmentRequest;
import dev.farmguard.collector.enroll.IssuedCertificate;
import dev.farmguard.collector.store.SaveOutcome;
import dev.farmguard.collector.testing.ProtoMessages;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.DeviceIdentity;
import dev.farmguard.proto.v1.Display;
import dev.farmguard.proto.v1.UsbDevice;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.UnpooledDirectByteBuf;
import io.netty.buffer.UnpooledHeapByteBuf;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the agent port's pipeline (framing, protobuf, translation, rate limit, enrollment, session)
 * behind TLS with valid, mutated and random frames. Whatever comes in, the pipeline never lets an
 * exception out, never allocates more than it was sent or the frame limit (a huge length prefix
 * allocates nothing), and answers every complete frame or closes the connection. Bounded tries, so it
 * runs in a few seconds in every build.
 */
class IngestFuzzTest {

    private static final int MAX_FRAME = PipelineFixture.MAX_FRAME;

    /** Valid envelopes the mutations start from. */
    private static final List<AgentMessage> TEMPLATES = List.of(
            ProtoMessages.hello("dev-1", "2000.01.01"),
            ProtoMessages.hello("dev-2", "9999"),
            ProtoMessages.snapshot("dev-1", 1),
            ProtoMessages.snapshot("dev-1", 2),
            AgentMessage.newBuilder().setSnapshot(ProtoMessages.snapshotMessage("dev-1", 3).toBuilder()
                    .addUsbDevices(UsbDevice.newBuilder().setVendorId(0x1d6b).setProductId(0x104).setProduct("PiKVM"))
                    .addDisplays(Display.newBuilder().setEdid(com.google.protobuf.ByteString.copyFrom(new byte[128])))
                    .setIdentity(DeviceIdentity.newBuilder().setHostname("h").setHardwareSerial("s"))).build(),
            ProtoMessages.heartbeat(42),
            ProtoMessages.enroll("fge_good", new byte[] {1, 2, 3}, "laptop", ""),
            ProtoMessages.enroll("fge_bad", new byte[] {1}, "laptop", "fleet-1"),
            ProtoMessages.renew(new byte[] {4, 5}),
            AgentMessage.getDefaultInstance());

    private static final DeviceEnroller ENROLLER = new DeviceEnroller() {
        @Override
        public IssuedCertificate enroll(EnrollmentRequest request) {
            if (!request.token().equals("fge_good")) {
                throw new EnrollmentRefusedException("refused", "fuzz");
            }
            return new IssuedCertificate("dev-9", new byte[] {1}, new byte[] {2}, Instant.EPOCH.plusSeconds(1));
        }

        @Override
        public IssuedCertificate renew(String deviceId, byte[] csrDer) {
            return new IssuedCertificate(deviceId, new byte[] {1}, new byte[] {2}, Instant.EPOCH.plusSeconds(1));
        }
    };

    /** One frame as sent: a length prefix (maybe lying) and bytes. */
    record Frame(int declaredLength, byte[] payload) {

        byte[] wire() {
            ByteBuf b = Unpooled.buffer().writeInt(declaredLength).writeBytes(payload);
            byte[] out = new byte[b.readableBytes()];
            b.readBytes(out);
            return out;
        }

        /** Whether the decoder gets exactly one whole frame out of it. */
        boolean complete() {
            return declaredLength == payload.length;
        }
    }

    @Property(tries = 400)
    void thePipelineAnswersOrClosesAndNeverThrowsOrOverAllocates(
            @ForAll("frames") List<Frame> frames, @ForAll boolean certified) {
        TrackingAllocator allocator = new TrackingAllocator();
        PipelineFixture f = new PipelineFixture(s -> CompletableFuture.completedFuture(SaveOutcome.STORED), 0,
                certified ? PipelineFixture.DEVICE : null, ENROLLER, Limits.DEFAULTS);
        f.channel.config().setAllocator(allocator);
        int sent = 0;
        boolean aligned = true;
        for (Frame frame : frames) {
            if (!f.channel.isActive()) {
                break;
            }
            byte[] wire = frame.wire();
            sent += wire.length;
            f.channel.writeInbound(Unpooled.wrappedBuffer(wire));
            f.channel.runPendingTasks();
            f.channel.checkException();
            List<?> answers = drain(f);
            if (aligned && frame.complete()) {
                assertThat(!answers.isEmpty() || !f.channel.isActive())
                        .as("a complete frame is answered or the connection closed").isTrue();
            }
            aligned &= frame.complete();
        }
        f.channel.close();
        f.channel.runPendingTasks();
        f.channel.checkException();
        assertThat(f.channel.isActive()).isFalse();
        assertThat(allocator.largest).as("largest buffer requested (sent %d bytes)", sent)
                .isLessThanOrEqualTo(Math.max(sent, MAX_FRAME + 4) + 1024);
        f.channel.finishAndReleaseAll();
    }

    @Provide
    Arbitrary<List<Frame>> frames() {
        return frame().list().ofMinSize(1).ofMaxSize(8);
    }

    private Arbitrary<Frame> frame() {
        Arbitrary<byte[]> template = Arbitraries.of(TEMPLATES).map(MessageLite::toByteArray);
        Arbitrary<Frame> valid = template.map(b -> new Frame(b.length, b));
        Arbitrary<Frame> flipped = Combinators.combine(template, Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(1, 255)).as((b, at, xor) -> {
                    byte[] m = b.clone();
                    if (m.length > 0) {
                        m[at % m.length] ^= (byte) xor.intValue();
                    }
                    return new Frame(m.length, m);
                });
        Arbitrary<Frame> cut = Combinators.combine(template, Arbitraries.integers().between(0, 10_000))
                .as((b, at) -> {
                    byte[] m = java.util.Arrays.copyOf(b, b.length == 0 ? 0 : at % b.length);
                    return new Frame(m.length, m);
                });
        Arbitrary<Frame> lying = Combinators.combine(template, Arbitraries.integers())
                .as((b, declared) -> new Frame(declared, b));
        Arbitrary<Frame> garbage = Arbitraries.bytes().array(byte[].class).ofMaxSize(600)
                .map(b -> new Frame(b.length, b));
        Arbitrary<Frame> huge = Arbitraries.integers().between(MAX_FRAME + 1, Integer.MAX_VALUE)
                .map(n -> new Frame(n, new byte[0]));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, valid), net.jqwik.api.Tuple.of(3, flipped), net.jqwik.api.Tuple.of(1, cut),
                net.jqwik.api.Tuple.of(1, lying), net.jqwik.api.Tuple.of(2, garbage), net.jqwik.api.Tuple.of(1, huge));
    }

    private static List<Object> drain(PipelineFixture f) {
        List<Object> out = new ArrayList<>();
        for (Object o = f.channel.readOutbound(); o != null; o = f.channel.readOutbound()) {
            out.add(o);
            io.netty.util.ReferenceCountUtil.release(o);
        }
        return out;
    }

    /** Records the largest buffer the pipeline asked for, at allocation and at every growth. */
    static final class TrackingAllocator extends AbstractByteBufAllocator {

        int largest;

        TrackingAllocator() {
            super(false);
        }

        @Override
        protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
            largest = Math.max(largest, initialCapacity);
            return new UnpooledHeapByteBuf(this, initialCapacity, maxCapacity);
        }

        @Override
        protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
            largest = Math.max(largest, initialCapacity);
            return new UnpooledDirectByteBuf(this, initialCapacity, maxCapacity);
        }

        @Override
        public boolean isDirectBufferPooled() {
            return false;
        }

        @Override
        public int calculateNewCapacity(int minNewCapacity, int maxCapacity) {
            int capacity = super.calculateNewCapacity(minNewCapacity, maxCapacity);
            largest = Math.max(largest, minNewCapacity);
            return capacity;
        }
    }
}
