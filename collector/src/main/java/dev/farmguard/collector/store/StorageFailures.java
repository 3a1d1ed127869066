package dev.farmguard.collector.store;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/**
 * Database errors an operator can fix, said in their words: the cause first (a full disk, a read-only
 * database), then the fix, then the driver's own text. Other errors keep the driver's message.
 */
final class StorageFailures {

    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;
    private static final String POSTGRES_DISK_FULL = "53100";
    private static final String POSTGRES_READ_ONLY = "25006";

    private StorageFailures() {}

    /** The message for {@code e}: a known cause with its fix, else the driver's message. */
    static String explain(SQLException e) {
        String advice = advice(e);
        return advice == null ? e.getMessage() : advice + " (" + e.getMessage() + ")";
    }

    private static String advice(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s instanceof SQLiteException sqlite) {
                String advice = sqliteAdvice(sqlite.getResultCode().code & 0xFF);
                if (advice != null) {
                    return advice;
                }
            }
            if (POSTGRES_DISK_FULL.equals(s.getSQLState())) {
                return "the database server's disk is full: free space on it; agents keep their snapshots and send "
                        + "them again";
            }
            if (POSTGRES_READ_ONLY.equals(s.getSQLState())) {
                return "the database is read-only (a standby server?): point store.url at the primary";
            }
        }
        return null;
    }

    private static String sqliteAdvice(int primaryCode) {
        return switch (primaryCode) {
            case SQLITE_FULL -> "the disk is full: free space on the disk holding the data directory (or move it "
                    + "to a larger one); agents keep their snapshots and send them again";
            case SQLITE_READONLY -> "the database is read-only: make the data directory and its farmguard.db* files "
                    + "writable by the collector's user (and the file system mounted read-write)";
            case SQLITE_CANTOPEN -> "cannot open the database file: check that the data directory exists and is "
                    + "writable by the collector's user";
            case SQLITE_NOTADB -> "farmguard.db is not an SQLite database: restore it from a backup, or move it away "
                    + "to start with an empty store";
            case SQLITE_IOERR -> "disk I/O error: check the disk holding the data directory (free space, kernel log)";
            default -> null;
        };
    }
}
