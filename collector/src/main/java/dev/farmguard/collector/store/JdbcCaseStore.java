package dev.farmguard.collector.store;

import dev.farmguard.collector.triage.CaseState;
import dev.farmguard.collector.triage.DeviceCase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link CaseStore} over the shared JDBC pool (portable SQL). */
final class JdbcCaseStore implements CaseStore {

    private final Jdbc jdbc;

    JdbcCaseStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void set(DeviceCase k) {
        jdbc.inTransaction("saving the case of " + k.deviceId(), c -> {
            Jdbc.update(c, "INSERT INTO cases (device_id, state, assignee, reason, note, updated_at, updated_by) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
                            + "state = excluded.state, assignee = excluded.assignee, reason = excluded.reason, "
                            + "note = excluded.note, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                    k.deviceId(), k.state().apiName(), text(k.assignee()), text(k.reason()), text(k.note()),
                    k.updatedAt().toEpochMilli(), k.updatedBy());
            // seq numbers the device's changes in commit order: the upsert above holds the device's case row,
            // so a concurrent change of the same device waits and then sees this one's history row
            Jdbc.update(c, "INSERT INTO case_history (device_id, seq, state, assignee, reason, note, changed_at, "
                            + "changed_by) SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ? FROM case_history "
                            + "WHERE device_id = ?",
                    k.deviceId(), k.state().apiName(), text(k.assignee()),
                    text(k.reason()), text(k.note()), k.updatedAt().toEpochMilli(), k.updatedBy(), k.deviceId());
            return null;
        });
    }

    @Override
    public Optional<DeviceCase> current(String deviceId) {
        return jdbc.queryOne("reading the case of " + deviceId, "SELECT * FROM cases WHERE device_id = ?",
                r -> row(r, "updated_at", "updated_by"), deviceId);
    }

    @Override
    public List<DeviceCase> history(String deviceId) {
        return jdbc.query("reading the case history of " + deviceId,
                "SELECT * FROM case_history WHERE device_id = ? ORDER BY seq",
                r -> row(r, "changed_at", "changed_by"), deviceId);
    }

    @Override
    public List<DeviceCase> page(Set<CaseState> states, String assignee, String afterDeviceId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM cases WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!states.isEmpty()) {
            sql.append(" AND state IN (").append(String.join(", ", states.stream().map(s -> "?").toList())).append(')');
            states.stream().map(CaseState::apiName).sorted().forEach(params::add);
        }
        if (assignee != null) {
            sql.append(" AND assignee = ?");
            params.add(assignee);
        }
        if (afterDeviceId != null) {
            sql.append(" AND device_id > ?");
            params.add(afterDeviceId);
        }
        sql.append(" ORDER BY device_id LIMIT ?");
        params.add(limit);
        return jdbc.query("listing cases", sql.toString(), r -> row(r, "updated_at", "updated_by"), params.toArray());
    }

    private static Jdbc.Nullable text(String value) {
        return Jdbc.nullable(value, Types.VARCHAR);
    }

    private static DeviceCase row(ResultSet r, String atColumn, String byColumn) throws SQLException {
        return new DeviceCase(r.getString("device_id"), CaseState.fromApiName(r.getString("state")),
                r.getString("assignee"), r.getString("reason"), r.getString("note"),
                Instant.ofEpochMilli(r.getLong(atColumn)), r.getString(byColumn));
    }
}
