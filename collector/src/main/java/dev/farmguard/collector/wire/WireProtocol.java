package dev.farmguard.collector.wire;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import dev.farmguard.collector.config.SnapshotLimits;
import dev.farmguard.collector.enroll.IssuedCertificate;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.CatalogUpdate;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.EnrollResponse;
import dev.farmguard.proto.v1.Error;
import dev.farmguard.proto.v1.Heartbeat;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.Welcome;

/**
 * The only door between generated protobuf types and the rest of the collector. The Netty pipeline decodes
 * frames into the opaque {@link #agentMessagePrototype()} type and hands them to {@link #read}; it writes
 * {@link Outbound} records that {@link #write} turns into envelopes.
 */
public final class WireProtocol {

    private static final WireReader DEFAULT_READER = new WireReader(SnapshotLimits.DEFAULTS);

    private WireProtocol() {}

    /** Prototype for Netty's {@code ProtobufDecoder}: frames are {@code farmguard.v1.AgentMessage}. */
    public static MessageLite agentMessagePrototype() {
        return AgentMessage.getDefaultInstance();
    }

    /** Translates and validates one decoded agent envelope, with the default snapshot size limits. */
    public static Inbound read(MessageLite message) {
        return DEFAULT_READER.read(message);
    }

    /** The collector envelope for one outbound record. */
    public static MessageLite write(Outbound out) {
        CollectorMessage.Builder b = CollectorMessage.newBuilder();
        if (out instanceof Outbound.Welcome w) {
            b.setWelcome(Welcome.newBuilder().setDeviceId(w.deviceId()).setLastStoredSequence(w.lastStoredSequence())
                    .setCollectorVersion(w.collectorVersion()).setMaxFrameBytes(w.maxFrameBytes()));
        } else if (out instanceof Outbound.Ack a) {
            b.setAck(Ack.newBuilder().setDeviceId(a.deviceId()).setSequence(a.sequence()).setDuplicate(a.duplicate()));
        } else if (out instanceof Outbound.Refusal r) {
            b.setError(Error.newBuilder().setCodeValue(r.code().ordinal() + 1).setMessage(r.message())
                    .setSequence(r.sequence()).setFatal(r.fatal()));
        } else if (out instanceof Outbound.HeartbeatEcho h) {
            Heartbeat.Builder hb = Heartbeat.newBuilder();
            if (h.sentAt() != null) {
                hb.setSentAt(SnapshotToProto.timestamp(h.sentAt()));
            }
            b.setHeartbeat(hb);
        } else if (out instanceof Outbound.CertificateIssued c) {
            IssuedCertificate cert = c.certificate();
            b.setEnrollResponse(EnrollResponse.newBuilder().setDeviceId(cert.deviceId())
                    .setCertificateDer(com.google.protobuf.ByteString.copyFrom(cert.certificateDer()))
                    .setCaCertificateDer(com.google.protobuf.ByteString.copyFrom(cert.caCertificateDer()))
                    .setNotAfter(SnapshotToProto.timestamp(cert.notAfter())));
        } else if (out instanceof Outbound.CatalogOffer c) {
            b.setCatalog(CatalogUpdate.newBuilder().setCatalog(c.catalog().proto()));
        } else {
            throw new IllegalArgumentException("unknown outbound record " + out);
        }
        return b.build();
    }

    /** A snapshot as {@code farmguard.v1.Snapshot} bytes (replay files, tests). */
    public static byte[] encodeSnapshot(DeviceSnapshot snapshot) {
        return SnapshotToProto.convert(snapshot).toByteArray();
    }

    /** Parses and validates {@code farmguard.v1.Snapshot} bytes. */
    public static DeviceSnapshot decodeSnapshot(byte[] bytes) {
        try {
            Snapshot s = Snapshot.parseFrom(bytes);
            SnapshotValidator.checkSnapshot(s);
            return SnapshotFromProto.convert(s, null);
        } catch (InvalidProtocolBufferException e) {
            throw new InvalidMessageException(ErrorCode.BAD_MESSAGE, "not a Snapshot: " + e.getMessage(), 0);
        }
    }
}
