package dev.farmguard.collector.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.farmguard.collector.config.StoreSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Opens the configured store: SQLite in the data directory, or PostgreSQL. The schema is migrated on open. */
public final class StoreFactory {

    public static final String SQLITE_FILE = "farmguard.db";
    private static final Set<PosixFilePermission> OWNER_RW =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private StoreFactory() {}

    public static Store open(StoreSettings settings, Path dataDir) {
        return switch (settings.kind()) {
            case SQLITE -> sqlite(dataDir.resolve(SQLITE_FILE));
            case POSTGRESQL -> postgres(settings.url(), settings.user(), password(settings.passwordFile()));
        };
    }

    public static Store sqlite(Path databaseFile) {
        ownerOnly(databaseFile);
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
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(pool);
        } catch (HikariPool.PoolInitializationException e) {
            // the first connection failed: say why in the operator's words (unopenable, not a database...)
            throw new StoreException("cannot open the store: " + (e.getCause() instanceof java.sql.SQLException sql
                    ? StorageFailures.explain(sql) : e.getMessage()), e);
        }
        try {
            return new JdbcStore(ds, dialect);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /**
     * The database and its WAL and shared-memory files are readable by the owner only (0600). SQLite gives
     * the -wal and -shm files the database file's mode, so creating that file 0600 first is enough for new
     * stores; existing ones are tightened.
     */
    private static void ownerOnly(Path databaseFile) {
        Path dir = databaseFile.toAbsolutePath().getParent();
        try {
            if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                return;
            }
            if (!Files.exists(databaseFile)) {
                Files.createFile(databaseFile, PosixFilePermissions.asFileAttribute(OWNER_RW));
            }
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path f = dir.resolve(databaseFile.getFileName() + suffix);
                if (Files.exists(f)) {
                    Files.setPosixFilePermissions(f, OWNER_RW);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot create or restrict the database file " + databaseFile + ": "
                    + describe(e) + "; make the data directory writable by the collector's user", e);
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getClass().getSimpleName() + " " + e.getMessage();
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
