package dev.farmguard.collector.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Identity;
import dev.farmguard.collector.testing.ProtoMessages;
import dev.farmguard.collector.testing.TestSnapshots;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.EnrollRequest;
import dev.farmguard.proto.v1.Snapshot;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WireProtocolTest {

    @Test
    void everyFieldSurvivesModelToProtoAndBack() {
        DeviceSnapshot full = TestSnapshots.full("dev-1", 42);
        assertThat(WireProtocol.decodeSnapshot(WireProtocol.encodeSnapshot(full))).isEqualTo(full);
    }

    @Test
    void helloIsTranslated() {
        Inbound in = WireProtocol.read(ProtoMessages.hello("dev-1", "2026.01.01"));
        assertThat(in).isEqualTo(new Inbound.Hello("dev-1", "0.1.0", Identity.OsFamily.LINUX, "2026.01.01"));
    }

    @Test
    void absentSubMessagesBecomeUnknownValues() {
        Snapshot bare = ProtoMessages.snapshotMessage("dev-1", 1).toBuilder().clearIdentity().build();
        DeviceSnapshot s = ((Inbound.SnapshotReport) WireProtocol.read(
                AgentMessage.newBuilder().setSnapshot(bare).build())).snapshot();
        assertThat(s.identity()).isNull();
        assertThat(s.power().source()).isEqualTo(dev.farmguard.collector.model.Power.Source.UNKNOWN);
        assertThat(s.network().wifi()).isNull();
        assertThat(s.collectedAt()).isEqualTo(Instant.ofEpochSecond(1_772_000_060L));
    }

    @Test
    void invalidSnapshotsNameTheProblem() {
        assertThatThrownBy(() -> WireProtocol.read(ProtoMessages.snapshot("bad id with spaces", 1)))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("device_id");
        Snapshot future = ProtoMessages.snapshotMessage("d", 3).toBuilder()
                .setCollectedAt(com.google.protobuf.Timestamp.newBuilder().setSeconds(9_000_000_000L)).build();
        assertThatThrownBy(() -> WireProtocol.read(AgentMessage.newBuilder().setSnapshot(future).build()))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("collected_at")
                .satisfies(e -> assertThat(((InvalidMessageException) e).sequence()).isEqualTo(3));
    }

    @Test
    void enrollmentIsReportedAsUnsupported() {
        Inbound in = WireProtocol.read(AgentMessage.newBuilder().setEnrollRequest(EnrollRequest.newBuilder()).build());
        assertThat(in).isEqualTo(new Inbound.Unsupported("enroll_request"));
    }

    @Test
    void refusalCodesMatchTheProtoNumbers() {
        for (ErrorCode code : ErrorCode.values()) {
            CollectorMessage m = (CollectorMessage) WireProtocol.write(new Outbound.Refusal(code, "m", 1, true));
            assertThat(m.getError().getCode().name()).isEqualTo("ERROR_CODE_" + code.name());
        }
    }

    @Test
    void catalogFromTheJarParsesAndComparesVersions() {
        SignatureCatalog c = SignatureCatalog.fromClasspath();
        assertThat(c.version()).isNotEmpty();
        assertThat(c.isNewerThan("")).isTrue();
        assertThat(c.isNewerThan("2000.01.01")).isTrue();
        assertThat(c.isNewerThan(c.version())).isFalse();
        assertThat(c.isNewerThan("9999.12.31")).isFalse();
        assertThatThrownBy(() -> SignatureCatalog.parse("{\"version\": \"1\", \"typo\": []}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typo");
    }
}
