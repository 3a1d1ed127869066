package dev.farmguard.collector.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link Store} over JDBC for SQLite and PostgreSQL (same SQL; {@link SqlDialect} holds the differences). */
public final class JdbcStore implements Store {

    static final String SUMMARY_COLUMNS =
            "device_id, hostname, first_seen, last_seen, public_ip, latest_sequence";

    private final HikariDataSource dataSource;
    private final Jdbc jdbc;
    private final JsonCodec json = new JsonCodec();
    private final int schemaVersion;
    private final EnrollmentStore enrollments;
    private final CaseStore cases;
    private final SuppressionStore suppressions;
    private final AuditStore audit;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final FleetLock fleetLock;
    private final DeviceSearchIndex searchIndex = new DeviceSearchIndex(json);
    private final VerdictHistory verdictHistory = new VerdictHistory(json);
    private final DeviceQueries queries;
    private final JdbcAlertOutbox alerts;
    private final ReportStore reports;

    /** Takes ownership of the pool and migrates the schema. */
    JdbcStore(HikariDataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
        this.schemaVersion = new Migrations(dataSource, dialect, JdbcStore.class.getClassLoader()).migrate();
        this.fleetLock = dialect == SqlDialect.POSTGRESQL ? new PostgresFleetLock(dataSource) : new InProcessFleetLock();
        this.enrollments = new JdbcEnrollmentStore(jdbc);
        this.cases = new JdbcCaseStore(jdbc);
        this.suppressions = new JdbcSuppressionStore(jdbc);
        this.audit = new JdbcAuditStore(jdbc);
        this.queries = new JdbcDeviceQueries(jdbc, json, dialect);
        searchIndex.backfill(jdbc);
        this.alerts = new JdbcAlertOutbox(jdbc, dialect);
        this.reports = new JdbcReportStore(jdbc, dialect);
    }

    @Override
    public List<SaveOutcome> saveSnapshots(List<DeviceSnapshot> batch, Instant receivedAt) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return jdbc.inTransaction("saving " + batch.size() + " snapshots", c -> {
            List<SaveOutcome> out = new ArrayList<>(batch.size());
            for (DeviceSnapshot s : batch) {
                out.add(insert(c, s, receivedAt) ? SaveOutcome.STORED : SaveOutcome.DUPLICATE);
            }
            return out;
        });
    }

    private boolean insert(Connection c, DeviceSnapshot s, Instant receivedAt) throws SQLException {
        long collected = s.collectedAt().toEpochMilli();
        String ip = s.observedIp();
        int inserted = Jdbc.update(c, "INSERT INTO snapshots (device_id, sequence, collected_at, received_at, "
                        + "observed_ip, body) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, sequence) DO NOTHING",
                s.deviceId(), s.sequence(), collected, receivedAt.toEpochMilli(), Jdbc.nullable(ip, Types.VARCHAR),
                json.snapshot(s));
        if (inserted == 0) {
            return false;
        }
        String hostname = s.identity() == null ? "" : s.identity().hostname();
        // the device row follows the highest sequence; an older sequence arriving late only fills history
        int moved = Jdbc.update(c, "INSERT INTO devices (" + SUMMARY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (device_id) DO UPDATE SET hostname = excluded.hostname, "
                        + "last_seen = excluded.last_seen, public_ip = excluded.public_ip, "
                        + "latest_sequence = excluded.latest_sequence, "
                        + "first_seen = CASE WHEN devices.first_seen < excluded.first_seen "
                        + "THEN devices.first_seen ELSE excluded.first_seen END "
                        + "WHERE devices.latest_sequence < excluded.latest_sequence",
                s.deviceId(), hostname, collected, collected, Jdbc.nullable(ip, Types.VARCHAR), s.sequence());
        if (moved > 0) {
            searchIndex.snapshotSaved(c, s);
        }
        return true;
    }

    @Override
    public long lastStoredSequence(String deviceId) {
        return jdbc.queryOne("reading the last sequence", "SELECT latest_sequence FROM devices WHERE device_id = ?",
                r -> r.getLong(1), deviceId).orElse(0L);
    }

    @Override
    public List<DeviceSummary> devices() {
        return jdbc.query("listing devices", "SELECT " + SUMMARY_COLUMNS + " FROM devices ORDER BY device_id",
                JdbcStore::summary);
    }

    @Override
    public Optional<DeviceState> device(String deviceId) {
        return jdbc.inConnection("reading device " + deviceId, c -> {
            List<DeviceSummary> s = Jdbc.query(c, "SELECT " + SUMMARY_COLUMNS + " FROM devices WHERE device_id = ?",
                    JdbcStore::summary, deviceId);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            List<DeviceSnapshot> latest = Jdbc.query(c,
                    "SELECT body FROM snapshots WHERE device_id = ? AND sequence = ?",
                    r -> json.snapshot(r.getString(1)), deviceId, s.get(0).latestSequence());
            return Optional.of(new DeviceState(s.get(0), latest.get(0)));
        });
    }

    @Override
    public List<DeviceSnapshot> latestSnapshots() {
        return jdbc.query("reading latest snapshots", "SELECT s.body FROM devices d JOIN snapshots s "
                + "ON s.device_id = d.device_id AND s.sequence = d.latest_sequence ORDER BY d.device_id",
                r -> json.snapshot(r.getString(1)));
    }

    @Override
    public List<DeviceSnapshot> history(String deviceId, Instant from, Instant to, int limit) {
        return jdbc.query("reading history of " + deviceId, "SELECT body FROM snapshots WHERE device_id = ? "
                        + "AND collected_at >= ? AND collected_at < ? ORDER BY collected_at, sequence LIMIT ?",
                r -> json.snapshot(r.getString(1)), deviceId, from.toEpochMilli(), to.toEpochMilli(), limit);
    }

    @Override
    public List<DeviceSnapshot> recentHistory(String deviceId, Instant from, Instant to, int limit) {
        List<DeviceSnapshot> newestFirst = jdbc.query("reading recent history of " + deviceId,
                "SELECT body FROM snapshots WHERE device_id = ? AND collected_at >= ? AND collected_at < ? "
                        + "ORDER BY collected_at DESC, sequence DESC LIMIT ?",
                r -> json.snapshot(r.getString(1)), deviceId, from.toEpochMilli(), to.toEpochMilli(), limit);
        List<DeviceSnapshot> out = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }

    @Override
    public List<ReceivedSnapshot> snapshotsReceivedAfter(ReceivedCursor after, Instant collectedFrom, int limit) {
        long at = after.receivedAt().toEpochMilli();
        return jdbc.query("reading snapshots received since " + after.receivedAt(),
                "SELECT received_at, device_id, sequence, body FROM snapshots WHERE (received_at > ? "
                        + "OR (received_at = ? AND device_id > ?) "
                        + "OR (received_at = ? AND device_id = ? AND sequence > ?)) AND collected_at >= ? "
                        + "ORDER BY received_at, device_id, sequence LIMIT ?",
                r -> new ReceivedSnapshot(new ReceivedCursor(Instant.ofEpochMilli(r.getLong(1)), r.getString(2),
                        r.getLong(3)), json.snapshot(r.getString(4))),
                at, at, after.deviceId(), at, after.deviceId(), after.sequence(), collectedFrom.toEpochMilli(), limit);
    }

    @Override
    public void replaceRoster(List<RosterEntry> entries) {
        jdbc.inTransaction("replacing the roster", c -> {
            Jdbc.update(c, "DELETE FROM roster");
            for (RosterEntry e : entries) {
                Jdbc.update(c, "INSERT INTO roster (device_id, employee_id, employee_name, email, country, region, "
                                + "city, latitude, longitude, timezone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        e.deviceId(), e.employeeId(), e.employeeName(), e.email(), e.country(), e.region(), e.city(),
                        Jdbc.nullable(e.latitude(), Types.DOUBLE), Jdbc.nullable(e.longitude(), Types.DOUBLE),
                        e.timezone());
            }
            return null;
        });
    }

    @Override
    public List<RosterEntry> roster() {
        return jdbc.query("reading the roster", "SELECT * FROM roster ORDER BY device_id", JdbcStore::rosterEntry);
    }

    @Override
    public Optional<RosterEntry> rosterEntry(String deviceId) {
        return jdbc.queryOne("reading the roster", "SELECT * FROM roster WHERE device_id = ?",
                JdbcStore::rosterEntry, deviceId);
    }

    @Override
    public void saveAssessment(Assessment a) {
        jdbc.inTransaction("saving the assessment of " + a.deviceId(), c -> upsertAssessment(c, a));
    }

    /** Replaces the assessment, appending to the verdict history and moving the search index with it. */
    private int upsertAssessment(Connection c, Assessment a) throws SQLException {
        alerts.beforeSave(c, a);
        String findings = json.findings(a.findings());
        VerdictHistory.Stored before = VerdictHistory.current(c, a.deviceId());
        int n = Jdbc.update(c, "INSERT INTO assessments (device_id, risk, verdict, findings, as_of, explanation) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
                        + "risk = excluded.risk, verdict = excluded.verdict, findings = excluded.findings, "
                        + "as_of = excluded.as_of, explanation = excluded.explanation",
                a.deviceId(), a.risk(), a.verdict().name(), findings, a.asOf().toEpochMilli(), a.explanation());
        verdictHistory.record(c, a, before, findings);
        searchIndex.assessmentSaved(c, a, before == null ? null : before.findings(), findings);
        return n;
    }

    @Override
    public Optional<Assessment> assessment(String deviceId) {
        return jdbc.queryOne("reading an assessment", "SELECT * FROM assessments WHERE device_id = ?",
                this::assessment, deviceId);
    }

    @Override
    public List<Assessment> assessments() {
        return jdbc.query("reading assessments", "SELECT * FROM assessments ORDER BY device_id", this::assessment);
    }

    @Override
    public Optional<DetectionRecord> detection(String deviceId) {
        return jdbc.queryOne("reading the detection of " + deviceId, "SELECT * FROM detections WHERE device_id = ?",
                this::detection, deviceId);
    }

    @Override
    public List<DetectionRecord> detections() {
        return jdbc.query("reading detections", "SELECT * FROM detections ORDER BY device_id", this::detection);
    }

    @Override
    public void saveDeviceDetection(DetectionRecord d, Assessment assessment) {
        jdbc.inTransaction("saving the detection of " + d.deviceId(), c -> {
            Jdbc.update(c, "INSERT INTO detections (device_id, device_findings, evaluated_sequence, rules_version, "
                            + "device_as_of, fleet_findings, fleet_as_of) VALUES (?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (device_id) DO UPDATE SET device_findings = excluded.device_findings, "
                            + "evaluated_sequence = excluded.evaluated_sequence, "
                            + "rules_version = excluded.rules_version, device_as_of = excluded.device_as_of",
                    d.deviceId(), json.findings(d.deviceFindings()), d.evaluatedSequence(), d.rulesVersion(),
                    d.deviceAsOf().toEpochMilli(), json.findings(d.fleetFindings()), d.fleetAsOf().toEpochMilli());
            upsertAssessment(c, assessment);
            return null;
        });
    }

    @Override
    public void saveFleetDetections(List<DetectionRecord> records, List<Assessment> assessments) {
        if (records.isEmpty() && assessments.isEmpty()) {
            return;
        }
        jdbc.inTransaction("saving fleet detections of " + records.size() + " devices", c -> {
            for (DetectionRecord d : records) {
                Jdbc.update(c, "INSERT INTO detections (device_id, device_findings, evaluated_sequence, "
                                + "rules_version, device_as_of, fleet_findings, fleet_as_of) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                + "ON CONFLICT (device_id) DO UPDATE SET fleet_findings = excluded.fleet_findings, "
                                + "fleet_as_of = excluded.fleet_as_of",
                        d.deviceId(), json.findings(d.deviceFindings()), d.evaluatedSequence(), d.rulesVersion(),
                        d.deviceAsOf().toEpochMilli(), json.findings(d.fleetFindings()), d.fleetAsOf().toEpochMilli());
            }
            for (Assessment a : assessments) {
                upsertAssessment(c, a);
            }
            return null;
        });
    }

    @Override
    public FleetLock fleetLock() {
        return fleetLock;
    }

    @Override
    public void saveToken(ApiToken t) {
        jdbc.update("saving a token", "INSERT INTO api_tokens (id, token_hash, role, name, created_at, expires_at, "
                        + "revoked) VALUES (?, ?, ?, ?, ?, ?, ?)",
                t.id(), t.sha256Hex(), t.role().name(), t.name(), t.createdAt().toEpochMilli(),
                Jdbc.nullable(t.expiresAt() == null ? null : t.expiresAt().toEpochMilli(), Types.BIGINT),
                t.revoked());
    }

    @Override
    public Optional<ApiToken> tokenByHash(String sha256Hex) {
        return jdbc.queryOne("reading a token", "SELECT * FROM api_tokens WHERE token_hash = ?", JdbcStore::token,
                sha256Hex);
    }

    @Override
    public List<ApiToken> tokens() {
        return jdbc.query("listing tokens", "SELECT * FROM api_tokens ORDER BY created_at, id", JdbcStore::token);
    }

    @Override
    public boolean revokeToken(String id) {
        return jdbc.update("revoking a token", "UPDATE api_tokens SET revoked = ? WHERE id = ?", true, id) > 0;
    }

    @Override
    public DeviceQueries queries() {
        return queries;
    }

    @Override
    public AlertOutbox alertOutbox() {
        return alerts;
    }

    @Override
    public EnrollmentStore enrollments() {
        return enrollments;
    }

    @Override
    public CaseStore cases() {
        return cases;
    }

    @Override
    public SuppressionStore suppressions() {
        return suppressions;
    }

    @Override
    public AuditStore audit() {
        return audit;
    }

    @Override
    public ReportStore reports() {
        return reports;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            dataSource.close();
        }
    }

    static DeviceSummary summary(ResultSet r) throws SQLException {
        return new DeviceSummary(r.getString("device_id"), r.getString("hostname"),
                Instant.ofEpochMilli(r.getLong("first_seen")), Instant.ofEpochMilli(r.getLong("last_seen")),
                r.getString("public_ip"), r.getLong("latest_sequence"));
    }

    static RosterEntry rosterEntry(ResultSet r) throws SQLException {
        return new RosterEntry(r.getString("device_id"), r.getString("employee_id"), r.getString("employee_name"),
                r.getString("email"), r.getString("country"), r.getString("region"), r.getString("city"),
                nullableDouble(r, "latitude"), nullableDouble(r, "longitude"), r.getString("timezone"));
    }

    private Assessment assessment(ResultSet r) throws SQLException {
        return new Assessment(r.getString("device_id"), r.getInt("risk"), Verdict.valueOf(r.getString("verdict")),
                json.findings(r.getString("findings")), Instant.ofEpochMilli(r.getLong("as_of")),
                r.getString("explanation"));
    }

    private DetectionRecord detection(ResultSet r) throws SQLException {
        return new DetectionRecord(r.getString("device_id"), json.findings(r.getString("device_findings")),
                r.getLong("evaluated_sequence"), r.getString("rules_version"),
                Instant.ofEpochMilli(r.getLong("device_as_of")), json.findings(r.getString("fleet_findings")),
                Instant.ofEpochMilli(r.getLong("fleet_as_of")));
    }

    private static ApiToken token(ResultSet r) throws SQLException {
        long expires = r.getLong("expires_at");
        Instant expiresAt = r.wasNull() ? null : Instant.ofEpochMilli(expires);
        return new ApiToken(r.getString("id"), r.getString("token_hash"), Role.valueOf(r.getString("role")),
                r.getString("name"), Instant.ofEpochMilli(r.getLong("created_at")), expiresAt,
                r.getBoolean("revoked"));
    }

    private static Double nullableDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }
}
