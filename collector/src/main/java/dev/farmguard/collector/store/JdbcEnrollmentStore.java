package dev.farmguard.collector.store;

import dev.farmguard.collector.enroll.DeviceEnrollment;
import dev.farmguard.collector.enroll.EnrollmentToken;
import dev.farmguard.collector.enroll.TokenPurpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link EnrollmentStore} over the same JDBC pool as {@link JdbcStore} (portable SQL for both databases). */
final class JdbcEnrollmentStore implements EnrollmentStore {

    private final Jdbc jdbc;

    JdbcEnrollmentStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveToken(EnrollmentToken t) {
        jdbc.update("saving an enrollment token", "INSERT INTO enrollment_tokens (id, token_hash, purpose, note, "
                        + "created_at, expires_at, max_uses, uses, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t.id(), t.sha256Hex(), t.purpose().name(), t.note(), t.createdAt().toEpochMilli(),
                Jdbc.nullable(t.expiresAt() == null ? null : t.expiresAt().toEpochMilli(), Types.BIGINT),
                Jdbc.nullable(t.maxUses(), Types.INTEGER), t.uses(), t.revoked());
    }

    @Override
    public List<EnrollmentToken> tokens() {
        return jdbc.query("listing enrollment tokens", "SELECT * FROM enrollment_tokens ORDER BY created_at, id",
                JdbcEnrollmentStore::token);
    }

    @Override
    public boolean revokeToken(String id) {
        return jdbc.update("revoking an enrollment token", "UPDATE enrollment_tokens SET revoked = ? WHERE id = ?",
                true, id) > 0;
    }

    @Override
    public Optional<EnrollmentToken> consumeToken(String sha256Hex, Instant now) {
        return jdbc.inTransaction("using an enrollment token", c -> {
            // one statement decides and counts, so two enrollments racing for the last use cannot both win
            int taken = Jdbc.update(c, "UPDATE enrollment_tokens SET uses = uses + 1 WHERE token_hash = ? "
                            + "AND revoked = ? AND (expires_at IS NULL OR expires_at > ?) "
                            + "AND (max_uses IS NULL OR uses < max_uses)",
                    sha256Hex, false, now.toEpochMilli());
            if (taken == 0) {
                return Optional.empty();
            }
            return Jdbc.query(c, "SELECT * FROM enrollment_tokens WHERE token_hash = ?", JdbcEnrollmentStore::token,
                    sha256Hex).stream().findFirst();
        });
    }

    @Override
    public Optional<EnrollmentToken> token(String sha256Hex) {
        return jdbc.queryOne("reading an enrollment token", "SELECT * FROM enrollment_tokens WHERE token_hash = ?",
                JdbcEnrollmentStore::token, sha256Hex);
    }

    @Override
    public void saveEnrollment(DeviceEnrollment e) {
        jdbc.update("saving the enrollment of " + e.deviceId(), "INSERT INTO device_enrollments (device_id, token_id, "
                        + "hostname, hardware_serial, hardware_uuid, enrolled_at, certificate_not_after) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
                        + "token_id = excluded.token_id, hostname = excluded.hostname, "
                        + "hardware_serial = excluded.hardware_serial, hardware_uuid = excluded.hardware_uuid, "
                        + "enrolled_at = excluded.enrolled_at, certificate_not_after = excluded.certificate_not_after",
                e.deviceId(), e.tokenId(), e.hostname(), e.hardwareSerial(), e.hardwareUuid(),
                e.enrolledAt().toEpochMilli(), e.certificateNotAfter().toEpochMilli());
    }

    @Override
    public Optional<DeviceEnrollment> enrollment(String deviceId) {
        return jdbc.queryOne("reading an enrollment", "SELECT * FROM device_enrollments WHERE device_id = ?",
                JdbcEnrollmentStore::enrollment, deviceId);
    }

    @Override
    public List<DeviceEnrollment> enrollments() {
        return jdbc.query("listing enrollments", "SELECT * FROM device_enrollments ORDER BY device_id",
                JdbcEnrollmentStore::enrollment);
    }

    @Override
    public List<DeviceEnrollment> enrollmentsOfHardware(String hardwareUuid, String hardwareSerial) {
        return jdbc.query("finding enrollments of a machine", "SELECT * FROM device_enrollments WHERE "
                        + "(hardware_uuid <> '' AND hardware_uuid = ?) OR (hardware_serial <> '' AND hardware_serial = ?) "
                        + "ORDER BY enrolled_at, device_id",
                JdbcEnrollmentStore::enrollment, hardwareUuid, hardwareSerial);
    }

    @Override
    public boolean revokeDevice(String deviceId, Instant at) {
        return jdbc.update("revoking device " + deviceId, "INSERT INTO revoked_devices (device_id, revoked_at) "
                + "VALUES (?, ?) ON CONFLICT (device_id) DO NOTHING", deviceId, at.toEpochMilli()) > 0;
    }

    @Override
    public Set<String> revokedDeviceIds() {
        return new HashSet<>(jdbc.query("reading revoked devices", "SELECT device_id FROM revoked_devices",
                r -> r.getString(1)));
    }

    private static EnrollmentToken token(ResultSet r) throws SQLException {
        long expires = r.getLong("expires_at");
        Instant expiresAt = r.wasNull() ? null : Instant.ofEpochMilli(expires);
        int max = r.getInt("max_uses");
        Integer maxUses = r.wasNull() ? null : max;
        return new EnrollmentToken(r.getString("id"), r.getString("token_hash"),
                TokenPurpose.valueOf(r.getString("purpose")), r.getString("note"),
                Instant.ofEpochMilli(r.getLong("created_at")), expiresAt, maxUses, r.getInt("uses"),
                r.getBoolean("revoked"));
    }

    private static DeviceEnrollment enrollment(ResultSet r) throws SQLException {
        return new DeviceEnrollment(r.getString("device_id"), r.getString("token_id"), r.getString("hostname"),
                r.getString("hardware_serial"), r.getString("hardware_uuid"),
                Instant.ofEpochMilli(r.getLong("enrolled_at")),
                Instant.ofEpochMilli(r.getLong("certificate_not_after")));
    }
}
