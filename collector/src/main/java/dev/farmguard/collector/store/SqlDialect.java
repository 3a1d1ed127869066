package dev.farmguard.collector.store;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The few things that differ between the embedded SQLite store and PostgreSQL. */
public enum SqlDialect {

    SQLITE("sqlite") {
        @Override
        void configurePool(HikariConfig pool) {
            // WAL + synchronous=FULL: a committed transaction survives power loss, so an ack means durable.
            pool.addDataSourceProperty("journal_mode", "WAL");
            pool.addDataSourceProperty("synchronous", "FULL");
            pool.addDataSourceProperty("busy_timeout", "15000");
            pool.addDataSourceProperty("foreign_keys", "true");
            // take the write lock at BEGIN, so two writers wait (busy_timeout) instead of deadlocking
            pool.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            pool.setMaximumPoolSize(4);
        }
    },

    POSTGRESQL("postgresql") {
        @Override
        void configurePool(HikariConfig pool) {
            pool.setMaximumPoolSize(10);
        }

        @Override
        void lockMigrations(Connection c) throws SQLException {
            // several collectors may start at once against one database: migrate one at a time
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK_KEY + ")");
            }
        }
    };

    static final long MIGRATION_LOCK_KEY = 0x4661726d4d6967L;

    private final String folder;

    SqlDialect(String folder) {
        this.folder = folder;
    }

    /** Sub-folder of {@code db/migration/} holding this dialect's override files, if any. */
    String overrideFolder() {
        return folder;
    }

    abstract void configurePool(HikariConfig pool);

    /** Serialises migrations across processes, inside the migration transaction. */
    void lockMigrations(Connection c) throws SQLException {
        // SQLite: the IMMEDIATE transaction already holds the database's write lock
    }

    static String sqliteUrl(Path databaseFile) {
        return "jdbc:sqlite:" + databaseFile.toAbsolutePath();
    }
}
