package dev.farmguard.collector.wire;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.CatalogUpdate;
import dev.farmguard.proto.v1.CollectorMessage;
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

    private WireProtocol() {}

    /** Prototype for Netty's {@code ProtobufDecoder}: frames are {@code farmguard.v1.AgentMessage}. */
    public static MessageLite agentMessagePrototype() {
        return AgentMessage.getDefaultInstance();
    }

    /** Translates and validates one decoded agent envelope. */
    public static Inbound read(MessageLite message) {
        if (!(message instanceof AgentMessage m)) {
            throw new InvalidMessageException(ErrorCode.PROTOCOL, "not an AgentMessage", 0);
        }
        switch (m.getKindCase()) {
            case HELLO -> {
                SnapshotValidator.checkHello(m.getHello());
                return new Inbound.Hello(m.getHello().getDeviceId(), m.getHello().getAgentVersion(),
                        SnapshotFromProto.osFamily(m.getHello().getOsFamily()), m.getHello().getCatalogVersion());
            }
            case SNAPSHOT -> {
                SnapshotValidator.checkSnapshot(m.getSnapshot());
                return new Inbound.SnapshotReport(SnapshotFromProto.convert(m.getSnapshot(), null));
            }
            case HEARTBEAT -> {
                Heartbeat h = m.getHeartbeat();
                return new Inbound.Heartbeat(SnapshotFromProto.instant(h.hasSentAt(), h.getSentAt()));
            }
            case ENROLL_REQUEST -> {
                return new Inbound.Unsupported("enroll_request");
            }
            default -> throw new InvalidMessageException(ErrorCode.PROTOCOL,
                    "empty or unknown message kind (field numbers " + m.getUnknownFields().asMap().keySet() + ")", 0);
        }
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
