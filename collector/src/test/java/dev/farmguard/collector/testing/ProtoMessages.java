package dev.farmguard.collector.testing;

import com.google.protobuf.Timestamp;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.DeviceIdentity;
import dev.farmguard.proto.v1.Heartbeat;
import dev.farmguard.proto.v1.Hello;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.Snapshot;

/** Agent envelopes built directly with the generated classes, as the real agent will. */
public final class ProtoMessages {

    private ProtoMessages() {}

    public static AgentMessage hello(String deviceId, String catalogVersion) {
        return AgentMessage.newBuilder().setHello(Hello.newBuilder().setDeviceId(deviceId).setAgentVersion("0.1.0")
                .setOsFamily(OsFamily.OS_FAMILY_LINUX).setCatalogVersion(catalogVersion)).build();
    }

    public static AgentMessage snapshot(String deviceId, long sequence) {
        return AgentMessage.newBuilder().setSnapshot(snapshotMessage(deviceId, sequence)).build();
    }

    public static Snapshot snapshotMessage(String deviceId, long sequence) {
        return Snapshot.newBuilder().setDeviceId(deviceId).setSequence(sequence)
                .setCollectedAt(Timestamp.newBuilder().setSeconds(1_772_000_000L + sequence * 60))
                .setAgentVersion("0.1.0").setCatalogVersion("2026.11.21")
                .setIdentity(DeviceIdentity.newBuilder().setHostname(deviceId + "-host").setLogicalCpus(8)
                        .setTotalMemoryBytes(16L << 30).setOsFamily(OsFamily.OS_FAMILY_LINUX))
                .build();
    }

    public static AgentMessage enroll(String token, byte[] csrDer, String hostname, String requestedDeviceId) {
        return AgentMessage.newBuilder().setEnrollRequest(dev.farmguard.proto.v1.EnrollRequest.newBuilder()
                .setToken(token).setCsrDer(com.google.protobuf.ByteString.copyFrom(csrDer)).setHostname(hostname)
                .setHardwareSerial("SN-" + hostname).setHardwareUuid("uuid-" + hostname)
                .setRequestedDeviceId(requestedDeviceId)).build();
    }

    public static AgentMessage renew(byte[] csrDer) {
        return AgentMessage.newBuilder().setRenewRequest(dev.farmguard.proto.v1.RenewRequest.newBuilder()
                .setCsrDer(com.google.protobuf.ByteString.copyFrom(csrDer))).build();
    }

    public static AgentMessage heartbeat(long seconds) {
        return AgentMessage.newBuilder().setHeartbeat(Heartbeat.newBuilder()
                .setSentAt(Timestamp.newBuilder().setSeconds(seconds))).build();
    }
}
