package dev.farmguard.collector.wire;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Identity;
import java.time.Instant;

/** What an agent sent, translated from {@code AgentMessage} and validated. */
public sealed interface Inbound {

    /** Opens a session; {@code deviceId} is what the agent believes (a client certificate wins once enrolled). */
    record Hello(String deviceId, String agentVersion, Identity.OsFamily osFamily, String catalogVersion)
            implements Inbound {}

    /** One reading to store and acknowledge. */
    record SnapshotReport(DeviceSnapshot snapshot) implements Inbound {}

    /** Liveness ping; {@code sentAt} is null when the agent left it out. */
    record Heartbeat(Instant sentAt) implements Inbound {}

    /** A message kind this collector does not serve (yet), e.g. {@code enroll_request}. */
    record Unsupported(String kind) implements Inbound {}
}
