package dev.farmguard.collector.ingest;

import static dev.farmguard.collector.ingest.PipelineFixture.MAX_FRAME;
import static dev.farmguard.collector.ingest.PipelineFixture.frame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.config.Limits;
import dev.farmguard.collector.intake.IntakeRejectedException;
import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.store.SaveOutcome;
import dev.farmguard.collector.testing.ProtoMessages;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.ErrorCode;
import dev.farmguard.proto.v1.Snapshot;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AgentPipelineTest {

    private final List<DeviceSnapshot> submitted = new ArrayList<>();
    private final List<CompletableFuture<SaveOutcome>> pending = new ArrayList<>();

    private PipelineFixture fixture(long lastStored) {
        return new PipelineFixture(s -> {
            submitted.add(s);
            CompletableFuture<SaveOutcome> f = new CompletableFuture<>();
            pending.add(f);
            return f;
        }, lastStored);
    }

    @Test
    void helloIsWelcomedWithLastSequenceAndTheNewerCatalog() {
        PipelineFixture f = fixture(41);
        f.send(ProtoMessages.hello("dev-1", "2000.01.01"));
        List<CollectorMessage> out = f.written();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).getWelcome().getDeviceId()).isEqualTo("dev-1");
        assertThat(out.get(0).getWelcome().getLastStoredSequence()).isEqualTo(41);
        assertThat(out.get(0).getWelcome().getMaxFrameBytes()).isEqualTo(MAX_FRAME);
        assertThat(out.get(1).getCatalog().getCatalog().getVersion()).isEqualTo(PipelineFixture.CATALOG.version());
    }

    @Test
    void noCatalogForAnAgentThatIsCurrent() {
        PipelineFixture f = fixture(0);
        f.send(ProtoMessages.hello("dev-1", PipelineFixture.CATALOG.version()));
        assertThat(f.written()).extracting(CollectorMessage::getKindCase)
                .containsExactly(CollectorMessage.KindCase.WELCOME);
    }

    @Test
    void snapshotIsAckedOnlyAfterCommit() {
        PipelineFixture f = fixture(0);
        f.send(ProtoMessages.hello("dev-1", "x"));
        f.written();
        f.send(ProtoMessages.snapshot("dev-1", 7));
        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).observedIp()).isNull();
        assertThat(f.written()).isEmpty();

        pending.get(0).complete(SaveOutcome.STORED);
        List<CollectorMessage> out = f.written();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).getAck().getSequence()).isEqualTo(7);
        assertThat(out.get(0).getAck().getDuplicate()).isFalse();
    }

    @Test
    void storedBeforeIsAckedAsDuplicate() {
        PipelineFixture f = fixture(0);
        f.send(ProtoMessages.hello("dev-1", "x"));
        f.send(ProtoMessages.snapshot("dev-1", 3));
        pending.get(0).complete(SaveOutcome.DUPLICATE);
        assertThat(f.written()).last().satisfies(m -> assertThat(m.getAck().getDuplicate()).isTrue());
    }

    @Test
    void aFrameSplitInFragmentsIsDecodedOnlyWhenComplete() {
        PipelineFixture f = fixture(0);
        ByteBuf whole = frame(ProtoMessages.hello("dev-1", "x"));
        f.channel.writeInbound(whole.readRetainedSlice(3));
        assertThat(f.written()).isEmpty();
        f.channel.writeInbound(whole.readRetainedSlice(whole.readableBytes() - 1));
        assertThat(f.written()).isEmpty();
        f.channel.writeInbound(whole);
        assertThat(f.written()).isNotEmpty();
    }

    @Test
    void heartbeatIsEchoed() {
        PipelineFixture f = fixture(0);
        f.send(ProtoMessages.heartbeat(1234));
        assertThat(f.written().get(0).getHeartbeat().getSentAt().getSeconds()).isEqualTo(1234);
    }

    @Test
    void snapshotBeforeHelloIsAProtocolViolation() {
        PipelineFixture f = fixture(0);
        f.send(ProtoMessages.snapshot("dev-1", 1));
        assertRejected(f, Rejection.PROTOCOL_VIOLATION, ErrorCode.ERROR_CODE_PROTOCOL);
        assertThat(submitted).isEmpty();
    }

    @Test
    void snapshotOfAnotherDeviceIsRefusedAsAMismatch() {
        PipelineFixture f = fixture(0);
        f.send(ProtoMessages.hello("dev-1", "x"));
        f.written();
        f.send(ProtoMessages.snapshot("dev-2", 1));
        assertRejected(f, Rejection.DEVICE_MISMATCH, ErrorCode.ERROR_CODE_UNAUTHENTICATED);
        assertThat(submitted).isEmpty();
    }

    @Test
    void emptyEnvelopeIsAProtocolViolation() {
        PipelineFixture f = fixture(0);
        f.send(AgentMessage.getDefaultInstance());
        assertRejected(f, Rejection.PROTOCOL_VIOLATION, ErrorCode.ERROR_CODE_PROTOCOL);
    }

    @Test
    void validFrameWithInvalidSnapshotIsRejected() {
        PipelineFixture f = fixture(0);
        f.send(ProtoMessages.hello("dev-1", "x"));
        f.written();
        Snapshot noTime = ProtoMessages.snapshotMessage("dev-1", 5).toBuilder().clearCollectedAt().build();
        f.send(AgentMessage.newBuilder().setSnapshot(noTime).build());
        CollectorMessage error = assertRejected(f, Rejection.INVALID_MESSAGE, ErrorCode.ERROR_CODE_BAD_MESSAGE);
        assertThat(error.getError().getMessage()).contains("collected_at");
        assertThat(error.getError().getSequence()).isEqualTo(5);
    }

    @Test
    void sequenceZeroAndEmptyDeviceIdAreInvalid() {
        PipelineFixture a = fixture(0);
        a.send(ProtoMessages.hello("dev-1", "x"));
        a.written();
        a.send(ProtoMessages.snapshot("dev-1", 0));
        assertThat(assertRejected(a, Rejection.INVALID_MESSAGE, ErrorCode.ERROR_CODE_BAD_MESSAGE)
                .getError().getMessage()).contains("sequence");

        PipelineFixture b = fixture(0);
        b.send(ProtoMessages.hello("", "x"));
        assertThat(assertRejected(b, Rejection.INVALID_MESSAGE, ErrorCode.ERROR_CODE_BAD_MESSAGE)
                .getError().getMessage()).contains("device_id");
    }

    @Test
    void randomBytesInAFrameAreMalformedProtobuf() {
        PipelineFixture f = fixture(0);
        byte[] garbage = new byte[200];
        new Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xFF; // an invalid tag, so parsing fails for sure
        f.channel.writeInbound(frame(garbage));
        assertRejected(f, Rejection.MALFORMED_PROTOBUF, ErrorCode.ERROR_CODE_BAD_MESSAGE);
    }

    @Test
    void frameOverTheLimitIsRefusedFromItsLengthAlone() {
        PipelineFixture f = fixture(0);
        ByteBuf header = Unpooled.buffer().writeInt(MAX_FRAME + 1);
        f.channel.writeInbound(header);
        assertRejected(f, Rejection.OVERSIZED_FRAME, ErrorCode.ERROR_CODE_TOO_LARGE);
    }

    @Test
    void frameAtTheLimitIsAccepted() {
        PipelineFixture f = fixture(0);
        f.send(ProtoMessages.hello("dev-1", "x"));
        f.written();
        Snapshot big = ProtoMessages.snapshotMessage("dev-1", 1).toBuilder().addProbeErrors(
                dev.farmguard.proto.v1.ProbeError.newBuilder().setMessage("x".repeat(3000))).build();
        AgentMessage m = AgentMessage.newBuilder().setSnapshot(big).build();
        assertThat(m.getSerializedSize()).isLessThanOrEqualTo(MAX_FRAME);
        f.send(m);
        assertThat(submitted).hasSize(1);
        assertThat(f.channel.isActive()).isTrue();
    }

    @Test
    void connectionEndingInsideAFrameIsTruncated() {
        PipelineFixture f = fixture(0);
        ByteBuf partial = Unpooled.buffer().writeInt(100).writeBytes(new byte[10]);
        f.channel.writeInbound(partial);
        assertThat(f.channel.isActive()).isTrue();
        f.channel.close();
        f.channel.runPendingTasks();
        assertThat(f.metrics.rejections(Rejection.TRUNCATED_FRAME)).isEqualTo(1);
    }

    @Test
    void fullQueueAnswersUnavailableAndKeepsTheConnection() {
        PipelineFixture f = new PipelineFixture(s -> CompletableFuture.failedFuture(new IntakeRejectedException(
                IntakeRejectedException.Reason.QUEUE_FULL, "storage queue is full", null)), 0);
        f.send(ProtoMessages.hello("dev-1", "x"));
        f.written();
        f.send(ProtoMessages.snapshot("dev-1", 1));
        f.send(ProtoMessages.snapshot("dev-1", 2));
        List<CollectorMessage> out = f.written();
        assertThat(out).hasSize(2).allSatisfy(m -> {
            assertThat(m.getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_UNAVAILABLE);
            assertThat(m.getError().getFatal()).isFalse();
        });
        assertThat(f.channel.isActive()).isTrue();
        assertThat(f.metrics.rejections(Rejection.QUEUE_FULL)).isEqualTo(2);
    }

    @Test
    void aCascadeOfErrorsIsCountedOnce() {
        PipelineFixture f = fixture(0);
        f.channel.writeInbound(Unpooled.buffer().writeInt(MAX_FRAME + 1).writeInt(MAX_FRAME + 1));
        f.channel.pipeline().fireExceptionCaught(new IllegalStateException("later"));
        assertThat(f.metrics.rejections(Rejection.OVERSIZED_FRAME)).isEqualTo(1);
    }

    @Test
    void messagesOverTheRateAreRefusedButTheConnectionStays() {
        Limits slow = new Limits(MAX_FRAME, java.time.Duration.ofSeconds(10), java.time.Duration.ofMinutes(5), 100,
                10, 1, 2, dev.farmguard.collector.config.SnapshotLimits.DEFAULTS);
        PipelineFixture f = new PipelineFixture(s -> CompletableFuture.completedFuture(SaveOutcome.STORED), 0,
                PipelineFixture.DEVICE, null, slow);
        f.send(ProtoMessages.hello("dev-1", PipelineFixture.CATALOG.version()));
        f.send(ProtoMessages.snapshot("dev-1", 1));
        f.send(ProtoMessages.snapshot("dev-1", 2));
        f.send(ProtoMessages.snapshot("dev-1", 3));
        List<CollectorMessage> out = f.written();
        assertThat(out).extracting(CollectorMessage::getKindCase).containsExactly(CollectorMessage.KindCase.WELCOME,
                CollectorMessage.KindCase.ACK, CollectorMessage.KindCase.ERROR, CollectorMessage.KindCase.ERROR);
        assertThat(out.get(2).getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_RATE_LIMITED);
        assertThat(out.get(2).getError().getSequence()).isEqualTo(2);
        assertThat(out.get(2).getError().getFatal()).isFalse();
        assertThat(f.channel.isActive()).isTrue();
        assertThat(f.metrics.rejections(Rejection.RATE_LIMITED)).isEqualTo(2);
    }

    @Test
    void bytesOverTheDevicesQuotaAreRefusedAsRateLimitedButTheConnectionStays() {
        int hello = ProtoMessages.hello("dev-1", PipelineFixture.CATALOG.version()).getSerializedSize();
        int snapshot = ProtoMessages.snapshot("dev-1", 1).getSerializedSize();
        Limits base = Limits.DEFAULTS;
        // room for the Hello and two snapshots (frames: 4-byte prefix + message) in the period; the fixture's
        // clock stands still (no refill)
        Limits quota = new Limits(MAX_FRAME, base.handshakeTimeout(), base.idleTimeout(), 100,
                base.maxConnectionsPerAddress(), 1000, 1000, base.snapshot(), (hello + 4) + 2 * (snapshot + 4),
                java.time.Duration.ofHours(1));
        PipelineFixture f = new PipelineFixture(s -> CompletableFuture.completedFuture(SaveOutcome.STORED), 0,
                PipelineFixture.DEVICE, null, quota);
        f.send(ProtoMessages.hello("dev-1", PipelineFixture.CATALOG.version()));
        for (int seq = 1; seq <= 4; seq++) {
            f.send(ProtoMessages.snapshot("dev-1", seq));
        }
        List<CollectorMessage> out = f.written();
        assertThat(out).extracting(CollectorMessage::getKindCase).containsExactly(CollectorMessage.KindCase.WELCOME,
                CollectorMessage.KindCase.ACK, CollectorMessage.KindCase.ACK, CollectorMessage.KindCase.ERROR,
                CollectorMessage.KindCase.ERROR);
        assertThat(out.get(3).getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_RATE_LIMITED);
        assertThat(out.get(3).getError().getSequence()).isEqualTo(3);
        assertThat(out.get(3).getError().getFatal()).isFalse();
        assertThat(f.channel.isActive()).isTrue();
        assertThat(f.metrics.rejections(Rejection.BYTE_QUOTA)).isEqualTo(2);
        assertThat(f.metrics.rejections(Rejection.RATE_LIMITED)).isZero();
    }

    @Test
    void withoutAClientCertificateAHelloIsUnauthenticated() {
        PipelineFixture f = new PipelineFixture(s -> CompletableFuture.completedFuture(SaveOutcome.STORED), 0, null,
                null, Limits.DEFAULTS);
        f.send(ProtoMessages.hello("dev-1", "x"));
        assertRejected(f, Rejection.UNAUTHENTICATED, ErrorCode.ERROR_CODE_UNAUTHENTICATED);
    }

    @Test
    void aHelloForAnotherDeviceThanTheCertificateIsAMismatch() {
        PipelineFixture f = fixture(0);
        f.send(ProtoMessages.hello("dev-2", "x"));
        assertRejected(f, Rejection.DEVICE_MISMATCH, ErrorCode.ERROR_CODE_UNAUTHENTICATED);
    }

    @Test
    void aSnapshotOverASizeLimitIsRefusedAsTooLarge() {
        PipelineFixture f = fixture(0);
        f.send(ProtoMessages.hello("dev-1", "x"));
        f.written();
        Snapshot many = ProtoMessages.snapshotMessage("dev-1", 4).toBuilder().setLocale(dev.farmguard.proto.v1.Locale
                .newBuilder().addAllKeyboardLayouts(java.util.Collections.nCopies(257, "us"))).build();
        f.send(AgentMessage.newBuilder().setSnapshot(many).build());
        CollectorMessage error = assertRejected(f, Rejection.LIMIT_EXCEEDED, ErrorCode.ERROR_CODE_TOO_LARGE);
        assertThat(error.getError().getSequence()).isEqualTo(4);
        assertThat(error.getError().getMessage()).contains("keyboard_layouts");
    }

    @Test
    void anEnrollmentIsAnsweredWithTheIssuedCertificate() {
        dev.farmguard.collector.enroll.DeviceEnroller enroller = new dev.farmguard.collector.enroll.DeviceEnroller() {
            @Override
            public dev.farmguard.collector.enroll.IssuedCertificate enroll(
                    dev.farmguard.collector.enroll.EnrollmentRequest request) {
                if (!request.token().equals("fge_good")) {
                    throw new dev.farmguard.collector.enroll.EnrollmentRefusedException("no", "bad token");
                }
                return new dev.farmguard.collector.enroll.IssuedCertificate("new-id", new byte[] {1}, new byte[] {2},
                        java.time.Instant.parse("2027-01-01T00:00:00Z"));
            }

            @Override
            public dev.farmguard.collector.enroll.IssuedCertificate renew(String deviceId, byte[] csrDer) {
                throw new AssertionError("not expected");
            }
        };
        PipelineFixture ok = new PipelineFixture(s -> null, 0, null, enroller, Limits.DEFAULTS);
        ok.send(ProtoMessages.enroll("fge_good", new byte[] {9}, "h", ""));
        assertThat(ok.written()).singleElement().satisfies(m -> {
            assertThat(m.getEnrollResponse().getDeviceId()).isEqualTo("new-id");
            assertThat(m.getEnrollResponse().getNotAfter().getSeconds())
                    .isEqualTo(java.time.Instant.parse("2027-01-01T00:00:00Z").getEpochSecond());
        });
        assertThat(ok.channel.isActive()).isTrue();
        assertThat(ok.metrics.certificatesIssued(false)).isEqualTo(1);

        PipelineFixture refused = new PipelineFixture(s -> null, 0, null, enroller, Limits.DEFAULTS);
        refused.send(ProtoMessages.enroll("fge_bad", new byte[] {9}, "h", ""));
        assertRejected(refused, Rejection.ENROLLMENT_REFUSED, ErrorCode.ERROR_CODE_UNAUTHENTICATED);
    }

    private static CollectorMessage assertRejected(PipelineFixture f, Rejection reason, ErrorCode code) {
        List<CollectorMessage> out = f.written();
        assertThat(out).isNotEmpty();
        CollectorMessage last = out.get(out.size() - 1);
        assertThat(last.getError().getCode()).isEqualTo(code);
        assertThat(last.getError().getFatal()).isTrue();
        assertThat(f.channel.isActive()).isFalse();
        assertThat(f.metrics.rejections(reason)).isEqualTo(1);
        return last;
    }
}
