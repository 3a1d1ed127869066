package dev.farmguard.collector.wire;

import dev.farmguard.collector.enroll.EnrollmentRequest;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Identity;
import java.time.Instant;

/** What an agent sent, translated from {@code AgentMessage} and validated. */
public sealed interface Inbound {

    /** Opens a session; {@code deviceId} must be the one the connection's client certificate names. */
    record Hello(String deviceId, String agentVersion, Identity.OsFamily osFamily, String catalogVersion)
            implements Inbound {}

    /** One reading to store and acknowledge. */
    record SnapshotReport(DeviceSnapshot snapshot) implements Inbound {}

    /** Liveness ping; {@code sentAt} is null when the agent left it out. */
    record Heartbeat(Instant sentAt) implements Inbound {}

    /** A token and a key for a device certificate (the only message allowed without a client certificate). */
    record Enroll(EnrollmentRequest request) implements Inbound {}

    /** A fresh certificate for the connection's (certified) device, before the current one expires. */
    record Renew(byte[] csrDer) implements Inbound {

        public Renew {
            csrDer = csrDer.clone();
        }

        @Override
        public byte[] csrDer() {
            return csrDer.clone();
        }
    }
}
