package dev.farmguard.collector.store;

import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.RosterEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The collector's storage: snapshots (history + current state per device), roster, assessments and API
 * tokens. One JDBC implementation serves the embedded SQLite store and a shared PostgreSQL database; both
 * must pass {@code StoreContract}. Methods block (JDBC); never call them on a Netty event loop.
 */
public interface Store extends AutoCloseable {

    /**
     * Stores a batch in one transaction; idempotent on (device id, sequence). When this returns, every
     * item is durable. The result list matches {@code batch} item for item.
     */
    List<SaveOutcome> saveSnapshots(List<DeviceSnapshot> batch, Instant receivedAt);

    /** Highest stored sequence of the device, 0 when none. */
    long lastStoredSequence(String deviceId);

    /** Current state of every device, ordered by device id. */
    List<DeviceSummary> devices();

    /** Current state of one device with its latest snapshot (highest sequence). */
    Optional<DeviceState> device(String deviceId);

    /** Latest snapshot of every device (for fleet rules), ordered by device id. */
    List<DeviceSnapshot> latestSnapshots();

    /** Snapshots of a device collected in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<DeviceSnapshot> history(String deviceId, Instant from, Instant to, int limit);

    /**
     * The newest {@code limit} snapshots of a device collected in {@code [from, to)}, oldest first (what device
     * rules read: when the window holds more, the oldest are left out, never the newest).
     */
    List<DeviceSnapshot> recentHistory(String deviceId, Instant from, Instant to, int limit);

    /**
     * Snapshots received after {@code after} in receive order (received_at, device_id, sequence) and collected at
     * or after {@code collectedFrom}, at most {@code limit}; the fleet rules read new data this way.
     */
    List<ReceivedSnapshot> snapshotsReceivedAfter(ReceivedCursor after, Instant collectedFrom, int limit);

    /** Replaces the whole roster atomically. */
    void replaceRoster(List<RosterEntry> entries);

    /** The roster, ordered by device id. */
    List<RosterEntry> roster();

    Optional<RosterEntry> rosterEntry(String deviceId);

    /** Saves (or replaces) the device's current assessment. */
    void saveAssessment(Assessment assessment);

    Optional<Assessment> assessment(String deviceId);

    /** Every stored assessment, ordered by device id. */
    List<Assessment> assessments();

    /** What detection last concluded about the device, if anything. */
    Optional<DetectionRecord> detection(String deviceId);

    /** Every detection record, ordered by device id. */
    List<DetectionRecord> detections();

    /**
     * Saves the device-rule half of a detection record (the fleet half is kept) and the assessment built from
     * both, in one transaction.
     */
    void saveDeviceDetection(DetectionRecord record, Assessment assessment);

    /**
     * Saves the fleet-rule half of many detection records (device halves are kept; devices without a record get
     * one) and their assessments, in one transaction.
     */
    void saveFleetDetections(List<DetectionRecord> records, List<Assessment> assessments);

    /** The lock that lets one collector at a time run the fleet rules on this store. */
    FleetLock fleetLock();

    void saveToken(ApiToken token);

    Optional<ApiToken> tokenByHash(String sha256Hex);

    /** Tokens ordered by creation time. */
    List<ApiToken> tokens();

    /** Marks the token revoked; false when no token has this id. */
    boolean revokeToken(String id);

    /** Filtered device pages, exports, verdict history and clusters (same database). */
    DeviceQueries queries();

    /** Alert events waiting for their outputs (same database, written with the assessments behind them). */
    AlertOutbox alertOutbox();

    /** Enrollment tokens, enrolled and revoked devices (same database). */
    EnrollmentStore enrollments();

    /** Cases and their history (same database). */
    CaseStore cases();

    /** Suppressions of findings (same database). */
    SuppressionStore suppressions();

    /** The audit log (same database). */
    AuditStore audit();

    /** Report history, scheduled-run claims and the extra reads of fleet reports (same database). */
    ReportStore reports();

    /** Highest applied schema migration. */
    int schemaVersion();

    /** Idempotent: releases the connection pool. */
    @Override
    void close();
}
