package dev.farmguard.collector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.testing.TestSnapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator reads when the disk is full or the database is read-only: the real cause and the fix,
 * not SQLite's follow-up error ("cannot commit - no transaction is active"). A full disk is SQLite's
 * SQLITE_FULL, which a page limit on the connection produces without filling a real disk.
 */
class StorageFailureMessagesTest {

    @TempDir
    Path dir;

    private Store store(String connectionInitSql) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(SqlDialect.sqliteUrl(dir.resolve("farmguard.db")));
        SqlDialect.SQLITE.configurePool(pool);
        HikariDataSource plain = new HikariDataSource(pool);
        new JdbcStore(plain, SqlDialect.SQLITE).close(); // migrated without limits
        pool.setConnectionInitSql(connectionInitSql);
        return new JdbcStore(new HikariDataSource(pool), SqlDialect.SQLITE);
    }

    private static List<DeviceSnapshot> batch(int from, int count) {
        List<DeviceSnapshot> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(TestSnapshots.full("dev-" + (from + i), 1));
        }
        return out;
    }

    @Test
    void aFullDiskIsNamedWithItsFix() {
        try (Store full = store("PRAGMA max_page_count = 60")) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1000; i++) {
                    full.saveSnapshots(batch(i * 20, 20), Instant.now());
                }
            }).isInstanceOf(StoreException.class)
                    .hasMessageContaining("disk is full")
                    .hasMessageContaining("free space")
                    .hasMessageNotContaining("no transaction is active");
        }
    }

    @Test
    void aReadOnlyDatabaseIsNamedWithItsFix() {
        // fails at start (the migration check writes), as on a read-only data directory, or at the first write
        assertThatThrownBy(() -> {
            try (Store readOnly = store("PRAGMA query_only = ON")) {
                readOnly.saveSnapshots(batch(0, 1), Instant.now());
            }
        }).isInstanceOf(StoreException.class)
                .hasMessageContaining("read-only")
                .hasMessageContaining("writable");
    }

    @Test
    void theDatabaseFilesAreOwnerOnly() throws Exception {
        try (Store s = StoreFactory.sqlite(dir.resolve("farmguard.db"))) {
            s.saveSnapshots(batch(0, 1), Instant.now());
            try (var files = Files.list(dir)) {
                List<Path> db = files.filter(p -> p.getFileName().toString().startsWith("farmguard.db")).toList();
                assertThat(db).isNotEmpty();
                for (Path p : db) {
                    assertThat(Files.getPosixFilePermissions(p)).as(p.toString())
                            .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
                }
            }
        }
    }
}
