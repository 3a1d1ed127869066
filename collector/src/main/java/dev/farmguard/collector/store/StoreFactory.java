package dev.farmguard.collector.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.farmguard.collector.config.StoreSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the configured store: SQLite in the data directory, or PostgreSQL. The schema is migrated on open. */
public final class StoreFactory {

    public static final String SQLITE_FILE = "farmguard.db";

    private StoreFactory() {}

    public static Store open(StoreSettings settings, Path dataDir) {
        return switch (settings.kind()) {
            case SQLITE -> sqlite(dataDir.resolve(SQLITE_FILE));
            case POSTGRESQL -> postgres(settings.url(), settings.user(), password(settings.passwordFile()));
        };
    }

    public static Store sqlite(Path databaseFile) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(SqlDialect.sqliteUrl(databaseFile));
        pool.setPoolName("farmguard-sqlite");
        SqlDialect.SQLITE.configurePool(pool);
        return open(pool, SqlDialect.SQLITE);
    }

    public static Store postgres(String url, String user, String password) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        if (!user.isEmpty()) {
            pool.setUsername(user);
        }
        if (password != null) {
            pool.setPassword(password);
        }
        pool.setPoolName("farmguard-postgresql");
        SqlDialect.POSTGRESQL.configurePool(pool);
        return open(pool, SqlDialect.POSTGRESQL);
    }

    private static Store open(HikariConfig pool, SqlDialect dialect) {
        HikariDataSource ds = new HikariDataSource(pool);
        try {
            return new JdbcStore(ds, dialect);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static String password(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new StoreException("cannot read store.password-file " + file, e);
        }
    }
}
