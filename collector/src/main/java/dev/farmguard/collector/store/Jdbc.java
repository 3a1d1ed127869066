package dev.farmguard.collector.store;

import dev.farmguard.collector.audit.AuditScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** A very small JDBC template: parameter binding, row mapping, transactions. */
final class Jdbc {

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    <T> List<T> query(String what, String sql, RowMapper<T> mapper, Object... params) {
        return inConnection(what, c -> query(c, sql, mapper, params));
    }

    <T> Optional<T> queryOne(String what, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(what, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int update(String what, String sql, Object... params) {
        return inTransaction(what, c -> update(c, sql, params));
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (r.next()) {
                    out.add(mapper.map(r));
                }
                return out;
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, params);
            return p.executeUpdate();
        }
    }

    static void bind(PreparedStatement p, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof Nullable n) {
                if (n.value() == null) {
                    p.setNull(i + 1, n.sqlType());
                } else {
                    p.setObject(i + 1, n.value(), n.sqlType());
                }
            } else {
                p.setObject(i + 1, params[i]);
            }
        }
    }

    /** A parameter that may be null, with the SQL type both drivers need to bind a null. */
    record Nullable(Object value, int sqlType) {}

    static Nullable nullable(Object value, int sqlType) {
        return new Nullable(value, sqlType);
    }

    <T> T inConnection(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + StorageFailures.explain(e), e);
        }
    }

    /**
     * Runs {@code work} in one transaction: commit on success, rollback on any failure. The first failure is
     * the one reported: SQLite rolls back by itself after some errors (a full disk), and the rollback or
     * the return to auto-commit that follows then fails too ("no transaction is active"), which must not
     * hide the cause. When this thread has an {@link AuditScope} waiting, its entry is inserted in this
     * transaction.
     */
    <T> T inTransaction(String what, Work<T> work) {
        return inConnection(what, c -> {
            c.setAutoCommit(false);
            AuditScope audit = AuditScope.claimable().orElse(null);
            T result;
            try {
                result = work.run(c);
                if (audit != null) {
                    // the change's audit line commits with it, or not at all
                    JdbcAuditStore.insert(c, audit.claim());
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                if (audit != null) {
                    audit.rolledBack();
                }
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                try {
                    c.setAutoCommit(true);
                } catch (SQLException restore) {
                    e.addSuppressed(restore);
                }
                throw e;
            }
            if (audit != null) {
                audit.committed();
            }
            c.setAutoCommit(true);
            return result;
        });
    }
}
