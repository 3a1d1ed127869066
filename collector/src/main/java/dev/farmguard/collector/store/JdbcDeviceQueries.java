package dev.farmguard.collector.store;

import dev.farmguard.collector.model.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** {@link DeviceQueries} over the V5 search tables, on SQLite and PostgreSQL. */
final class JdbcDeviceQueries implements DeviceQueries {

    /** Rows fetched per round trip while streaming an export. */
    static final int FETCH_SIZE = 500;
    /** A filter matching at most this many devices drives the page (see {@link DeviceListSql#text}). */
    static final int NARROW = 5000;

    private static final String CLUSTER_SELECT = "SELECT k.cluster_key, k.kind, k.shared, k.rule, k.device_id, "
            + "d.hostname, r.employee_id, r.employee_name, k.from_at, k.to_at FROM device_clusters k "
            + "LEFT JOIN devices d ON d.device_id = k.device_id LEFT JOIN roster r ON r.device_id = k.device_id";

    private final Jdbc jdbc;
    private final JsonCodec json;
    private final SqlDialect dialect;
    private final VerdictHistory history;

    JdbcDeviceQueries(Jdbc jdbc, JsonCodec json, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.json = json;
        this.dialect = dialect;
        this.history = new VerdictHistory(json);
    }

    @Override
    public List<DeviceRow> page(DeviceQuery query) {
        return jdbc.inConnection("listing devices", c -> {
            DeviceListSql sql = DeviceListSql.of(query, true, narrow(c, query));
            return Jdbc.query(c, sql.text(query, true), this::row, sql.params());
        });
    }

    /**
     * Whether the page should be found through its filters: an employee filter (read from the roster), or a term
     * filter matching at most {@link #NARROW} devices (a rare rule, one router).
     */
    private static boolean narrow(Connection c, DeviceQuery q) throws SQLException {
        if (q.employee() != null) {
            return true;
        }
        for (String[] term : DeviceListSql.terms(q)) {
            // counting stops at NARROW + 1 index entries, so a common term costs no more than a rare one
            long n = Jdbc.query(c, "SELECT COUNT(*) FROM (SELECT 1 FROM device_terms WHERE kind = ? AND term = ? LIMIT "
                    + (NARROW + 1) + ") x", r -> r.getLong(1), term[0], term[1]).get(0);
            if (n <= NARROW) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void stream(DeviceQuery query, RowSink sink) throws IOException {
        DeviceListSql sql = DeviceListSql.of(query, false, false);
        try {
            jdbc.inConnection("exporting devices", c -> {
                // PostgreSQL keeps a cursor (and honours the fetch size) only inside a transaction; SQLite steps
                // through rows lazily anyway, and a transaction there would take the write lock (IMMEDIATE mode)
                boolean cursorTransaction = dialect == SqlDialect.POSTGRESQL;
                if (cursorTransaction) {
                    c.setAutoCommit(false);
                }
                try {
                    read(c, sql.text(query, false), sql.params(), sink);
                } finally {
                    if (cursorTransaction) {
                        c.rollback();
                        c.setAutoCommit(true);
                    }
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void read(Connection c, String sql, Object[] params, RowSink sink) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setFetchSize(FETCH_SIZE);
            Jdbc.bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    try {
                        sink.accept(row(r));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
    }

    @Override
    public DeviceRow row(String deviceId) {
        return jdbc.queryOne("reading device " + deviceId, DeviceListSql.SELECT + " WHERE s.device_id = ?", this::row,
                deviceId).orElse(null);
    }

    @Override
    public List<VerdictChange> verdictHistory(String deviceId, Instant from, Instant to, int limit) {
        return history.read(jdbc, deviceId, from, to, limit);
    }

    @Override
    public List<ClusterMember> clusterMembers(String kind) {
        if (kind == null) {
            return jdbc.query("listing clusters", CLUSTER_SELECT + " ORDER BY k.cluster_key, k.device_id",
                    JdbcDeviceQueries::member);
        }
        return jdbc.query("listing clusters", CLUSTER_SELECT + " WHERE k.kind = ? ORDER BY k.cluster_key, k.device_id",
                JdbcDeviceQueries::member, kind);
    }

    @Override
    public List<ClusterMember> clusterMembersOf(String deviceId) {
        return jdbc.query("listing the clusters of " + deviceId, CLUSTER_SELECT + " WHERE k.cluster_key IN "
                        + "(SELECT cluster_key FROM device_clusters WHERE device_id = ?) ORDER BY k.cluster_key, k.device_id",
                JdbcDeviceQueries::member, deviceId);
    }

    private DeviceRow row(ResultSet r) throws SQLException {
        String findings = r.getString("findings");
        String employeeId = r.getString("employee_id");
        DeviceRow.Employee employee = employeeId == null ? null : new DeviceRow.Employee(employeeId,
                r.getString("employee_name"), r.getString("email"), r.getString("country"));
        String caseState = r.getString("case_state");
        String explanation = r.getString("explanation");
        return new DeviceRow(r.getString("device_id"), r.getString("hostname"),
                Instant.ofEpochMilli(r.getLong("last_seen")), r.getString("public_ip"), r.getInt("risk"),
                Verdict.valueOf(r.getString("verdict")), findings == null ? List.of() : json.findings(findings),
                explanation == null ? "" : explanation, employee, caseState == null ? "none" : caseState,
                r.getString("revoked_id") != null);
    }

    private static ClusterMember member(ResultSet r) throws SQLException {
        long from = r.getLong("from_at");
        Instant fromAt = r.wasNull() ? null : Instant.ofEpochMilli(from);
        long to = r.getLong("to_at");
        Instant toAt = r.wasNull() ? null : Instant.ofEpochMilli(to);
        return new ClusterMember(r.getString("cluster_key"), r.getString("kind"), r.getString("shared"),
                r.getString("rule"), r.getString("device_id"), r.getString("hostname"), r.getString("employee_id"),
                r.getString("employee_name"), fromAt, toAt);
    }
}
