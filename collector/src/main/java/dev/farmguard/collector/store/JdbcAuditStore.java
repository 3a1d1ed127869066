package dev.farmguard.collector.store;

import dev.farmguard.collector.audit.AuditEntry;
import dev.farmguard.collector.audit.AuditQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditStore} over the shared JDBC pool (portable SQL). */
final class JdbcAuditStore implements AuditStore {

    private static final String COLUMNS = "id, at, actor_id, actor_name, actor_role, action, method, route, path, "
            + "parameters, client_ip, status";

    private final Jdbc jdbc;

    JdbcAuditStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts {@code e} on the caller's connection, inside the caller's transaction. */
    static void insert(Connection c, AuditEntry e) throws SQLException {
        Jdbc.update(c, "INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.at().toEpochMilli(), e.actorId(), e.actorName(), e.role(), e.action(), e.method(),
                e.route(), e.path(), e.parameters(), e.clientIp(), Jdbc.nullable(e.status(), Types.INTEGER));
    }

    @Override
    public void append(AuditEntry entry) {
        // auto-commit, not inTransaction: a lone INSERT is atomic, and this must never claim a pending change's entry
        jdbc.inConnection("writing the audit log", c -> {
            insert(c, entry);
            return null;
        });
    }

    @Override
    public List<AuditEntry> page(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(" AND (actor_id = ? OR actor_name = ?)");
            params.add(q.actor());
            params.add(q.actor());
        }
        if (q.action() != null) {
            sql.append(" AND action = ?");
            params.add(q.action());
        }
        if (q.since() != null) {
            sql.append(" AND at >= ?");
            params.add(q.since().toEpochMilli());
        }
        if (q.until() != null) {
            sql.append(" AND at < ?");
            params.add(q.until().toEpochMilli());
        }
        if (q.afterAt() != null) {
            sql.append(" AND (at < ? OR (at = ? AND id < ?))");
            params.add(q.afterAt().toEpochMilli());
            params.add(q.afterAt().toEpochMilli());
            params.add(q.afterId());
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
        params.add(q.limit());
        return jdbc.query("reading the audit log", sql.toString(), JdbcAuditStore::entry, params.toArray());
    }

    private static AuditEntry entry(ResultSet r) throws SQLException {
        int status = r.getInt("status");
        Integer st = r.wasNull() ? null : status;
        return new AuditEntry(r.getString("id"), Instant.ofEpochMilli(r.getLong("at")), r.getString("actor_id"),
                r.getString("actor_name"), r.getString("actor_role"), r.getString("action"), r.getString("method"),
                r.getString("route"), r.getString("path"), r.getString("parameters"), r.getString("client_ip"), st);
    }
}
