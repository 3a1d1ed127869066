package dev.farmguard.collector.store;

import dev.farmguard.collector.triage.Suppression;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link SuppressionStore} over the shared JDBC pool (portable SQL). */
final class JdbcSuppressionStore implements SuppressionStore {

    private final Jdbc jdbc;

    JdbcSuppressionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Suppression s) {
        jdbc.update("saving suppression " + s.id(), "INSERT INTO suppressions (id, rule, device_id, network, reason, "
                        + "created_at, created_by, expires_at, removed_at, removed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.rule(), Jdbc.nullable(s.deviceId(), Types.VARCHAR), Jdbc.nullable(s.network(), Types.VARCHAR),
                s.reason(), s.createdAt().toEpochMilli(), s.createdBy(), s.expiresAt().toEpochMilli(),
                Jdbc.nullable(s.removedAt() == null ? null : s.removedAt().toEpochMilli(), Types.BIGINT),
                Jdbc.nullable(s.removedBy(), Types.VARCHAR));
    }

    @Override
    public Optional<Suppression> byId(String id) {
        return jdbc.queryOne("reading suppression " + id, "SELECT * FROM suppressions WHERE id = ?",
                JdbcSuppressionStore::row, id);
    }

    @Override
    public boolean remove(String id, Instant at, String by) {
        return jdbc.update("removing suppression " + id, "UPDATE suppressions SET removed_at = ?, removed_by = ? "
                + "WHERE id = ? AND removed_at IS NULL", at.toEpochMilli(), by, id) > 0;
    }

    @Override
    public List<Suppression> active(Instant now) {
        return jdbc.query("reading active suppressions", "SELECT * FROM suppressions WHERE removed_at IS NULL "
                + "AND expires_at > ? ORDER BY id", JdbcSuppressionStore::row, now.toEpochMilli());
    }

    @Override
    public List<Suppression> page(Status status, String rule, String deviceId, Instant now, Instant afterCreatedAt,
                                  String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM suppressions WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        switch (status) {
            case ACTIVE -> {
                sql.append(" AND removed_at IS NULL AND expires_at > ?");
                params.add(now.toEpochMilli());
            }
            case EXPIRED -> {
                sql.append(" AND removed_at IS NULL AND expires_at <= ?");
                params.add(now.toEpochMilli());
            }
            case REMOVED -> sql.append(" AND removed_at IS NOT NULL");
            case ALL -> { }
        }
        if (rule != null) {
            sql.append(" AND rule = ?");
            params.add(rule);
        }
        if (deviceId != null) {
            sql.append(" AND device_id = ?");
            params.add(deviceId);
        }
        if (afterCreatedAt != null) {
            sql.append(" AND (created_at < ? OR (created_at = ? AND id < ?))");
            params.add(afterCreatedAt.toEpochMilli());
            params.add(afterCreatedAt.toEpochMilli());
            params.add(afterId);
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        params.add(limit);
        return jdbc.query("listing suppressions", sql.toString(), JdbcSuppressionStore::row, params.toArray());
    }

    private static Suppression row(ResultSet r) throws SQLException {
        long removed = r.getLong("removed_at");
        Instant removedAt = r.wasNull() ? null : Instant.ofEpochMilli(removed);
        return new Suppression(r.getString("id"), r.getString("rule"), r.getString("device_id"), r.getString("network"),
                r.getString("reason"), Instant.ofEpochMilli(r.getLong("created_at")), r.getString("created_by"),
                Instant.ofEpochMilli(r.getLong("expires_at")), removedAt, r.getString("removed_by"));
    }
}
