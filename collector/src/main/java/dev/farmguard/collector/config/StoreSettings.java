package dev.farmguard.collector.config;

import java.nio.file.Path;

/**
 * Where snapshots are stored.
 *
 * @param kind         embedded SQLite in the data directory, or a shared PostgreSQL database (scale-out)
 * @param url          JDBC URL, PostgreSQL only
 * @param user         database user, PostgreSQL only (may be empty when the URL carries it)
 * @param passwordFile file holding the database password, PostgreSQL only; null when none
 */
public record StoreSettings(Kind kind, String url, String user, Path passwordFile) {

    public enum Kind { SQLITE, POSTGRESQL }

    public static final StoreSettings SQLITE_DEFAULT = new StoreSettings(Kind.SQLITE, "", "", null);
}
