package dev.farmguard.collector.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.auth.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema V6 on a store that was at V5: read-only "analyst" tokens become "viewer", admins stay admins. */
class TriageMigrationTest {

    @TempDir
    Path dir;

    @Test
    void analystTokensIssuedBeforeTriageBecomeViewers() throws Exception {
        Path db = dir.resolve("old.db");
        StoreFactory.sqlite(db).close();
        try (Connection c = DriverManager.getConnection(SqlDialect.sqliteUrl(db)); Statement s = c.createStatement()) {
            // back to the schema before V6, holding tokens issued then (the later migrations go too)
            s.execute("DELETE FROM schema_migrations WHERE version >= 6");
            for (String table : new String[] {"case_history", "suppressions", "audit_log", "alert_outbox",
                    "alert_once", "report_history", "report_runs"}) {
                s.execute("DROP TABLE " + table);
            }
            s.execute("INSERT INTO api_tokens (id, token_hash, role, name, created_at, revoked) VALUES "
                    + "('tok_a', '" + "a".repeat(64) + "', 'ANALYST', 'soc', 1, false), "
                    + "('tok_b', '" + "b".repeat(64) + "', 'ADMIN', 'it', 2, false)");
        }
        try (Store store = StoreFactory.sqlite(db)) {
            assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(6);
            assertThat(store.tokenByHash("a".repeat(64)).orElseThrow().role()).isEqualTo(Role.VIEWER);
            assertThat(store.tokenByHash("b".repeat(64)).orElseThrow().role()).isEqualTo(Role.ADMIN);
            assertThat(store.cases().page(java.util.Set.of(), null, null, 10)).isEmpty();
        }
    }
}
