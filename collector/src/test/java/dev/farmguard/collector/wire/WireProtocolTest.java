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
    void aSequenceAbove2To63IsRefusedNotReadAsNegative() {
        // uint64 on the wire, a signed long in Java: 2^63 and above arrive negative
        Snapshot huge = ProtoMessages.snapshotMessage("d", 1).toBuilder().setSequence(Long.MIN_VALUE).build();
        assertThatThrownBy(() -> WireProtocol.read(AgentMessage.newBuilder().setSnapshot(huge).build()))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("sequence")
                .satisfies(e -> assertThat(((InvalidMessageException) e).sequence()).isEqualTo(Long.MIN_VALUE));
        Snapshot max = ProtoMessages.snapshotMessage("d", 1).toBuilder().setSequence(-1L).build();
        assertThatThrownBy(() -> WireProtocol.read(AgentMessage.newBuilder().setSnapshot(max).build()))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("sequence");
        Snapshot largest = ProtoMessages.snapshotMessage("d", 1).toBuilder().setSequence(Long.MAX_VALUE).build();
        assertThat(WireProtocol.read(AgentMessage.newBuilder().setSnapshot(largest).build())).isNotNull();
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
    void anEnrollmentRequestIsTranslatedAndItsTokenNeverPrinted() {
        EnrollRequest request = EnrollRequest.newBuilder().setToken("fge_secret-token")
                .setCsrDer(com.google.protobuf.ByteString.copyFrom(new byte[] {1, 2, 3})).setHostname("laptop-7")
                .setHardwareSerial("PF3XYZ").setHardwareUuid("4c4c4544").setRequestedDeviceId("fleet-7").build();
        Inbound in = WireProtocol.read(AgentMessage.newBuilder().setEnrollRequest(request).build());
        assertThat(in).isInstanceOfSatisfying(Inbound.Enroll.class, e -> {
            assertThat(e.request().token()).isEqualTo("fge_secret-token");
            assertThat(e.request().csrDer()).containsExactly(1, 2, 3);
            assertThat(e.request().requestedDeviceId()).isEqualTo("fleet-7");
            assertThat(e.toString()).contains("laptop-7").doesNotContain("fge_secret-token");
        });
    }

    @Test
    void anEnrollmentRequestWithoutTokenOrCsrOrWithABadDeviceIdIsInvalid() {
        EnrollRequest good = EnrollRequest.newBuilder().setToken("fge_t")
                .setCsrDer(com.google.protobuf.ByteString.copyFrom(new byte[] {1})).build();
        for (EnrollRequest bad : java.util.List.of(good.toBuilder().clearToken().build(),
                good.toBuilder().clearCsrDer().build(), good.toBuilder().setRequestedDeviceId("a b").build(),
                good.toBuilder().setToken("x".repeat(201)).build())) {
            assertThatThrownBy(() -> WireProtocol.read(AgentMessage.newBuilder().setEnrollRequest(bad).build()))
                    .isInstanceOf(InvalidMessageException.class);
        }
        assertThatThrownBy(() -> WireProtocol.read(AgentMessage.newBuilder().setEnrollRequest(
                good.toBuilder().setHostname("h".repeat(256))).build()))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("hostname");
    }

    @Test
    void snapshotSizesAreCheckedAgainstTheLimits() {
        dev.farmguard.collector.config.SnapshotLimits small =
                new dev.farmguard.collector.config.SnapshotLimits(2, 1, 3, 2, 2, 4, 10, 16);
        WireReader reader = new WireReader(small);
        Snapshot base = ProtoMessages.snapshotMessage("dev-1", 9);
        dev.farmguard.proto.v1.UsbDevice usb = dev.farmguard.proto.v1.UsbDevice.newBuilder().setProduct("kvm").build();
        assertThat(reader.read(AgentMessage.newBuilder().setSnapshot(base.toBuilder().addUsbDevices(usb)
                .addUsbDevices(usb)).build())).isInstanceOf(Inbound.SnapshotReport.class);
        assertThatThrownBy(() -> reader.read(AgentMessage.newBuilder().setSnapshot(base.toBuilder().addUsbDevices(usb)
                .addUsbDevices(usb).addUsbDevices(usb)).build()))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("usb_devices has 3 entries")
                .satisfies(e -> assertThat(((LimitExceededException) e).sequence()).isEqualTo(9));
        assertThatThrownBy(() -> reader.read(AgentMessage.newBuilder().setSnapshot(base.toBuilder().addUsbDevices(
                usb.toBuilder().setSerial("0123456789A"))).build()))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("serial is 11 characters");
        dev.farmguard.proto.v1.Display edid = dev.farmguard.proto.v1.Display.newBuilder()
                .setEdid(com.google.protobuf.ByteString.copyFrom(new byte[17])).build();
        assertThatThrownBy(() -> reader.read(AgentMessage.newBuilder().setSnapshot(base.toBuilder().addDisplays(edid))
                .build())).isInstanceOf(LimitExceededException.class).hasMessageContaining("edid is 17 bytes");
        dev.farmguard.proto.v1.Socket socket = dev.farmguard.proto.v1.Socket.newBuilder().setLocalPort(5900).build();
        assertThatThrownBy(() -> reader.read(AgentMessage.newBuilder().setSnapshot(base.toBuilder().setRemoteAccess(
                dev.farmguard.proto.v1.RemoteAccess.newBuilder().addListeners(socket).addListeners(socket)
                        .addListeners(socket))).build()))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("listeners has 3 entries, the limit is 2");
        assertThatThrownBy(() -> reader.read(AgentMessage.newBuilder().setSnapshot(base.toBuilder().setLocale(
                dev.farmguard.proto.v1.Locale.newBuilder().addAllKeyboardLayouts(java.util.List.of("a", "b", "c", "d",
                        "e")))).build()))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("keyboard_layouts has 5 entries");
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
