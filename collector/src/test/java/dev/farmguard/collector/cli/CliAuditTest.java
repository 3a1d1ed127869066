package dev.farmguard.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.audit.AuditEntry;
import dev.farmguard.collector.audit.AuditQuery;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that change the store directly are audited like API changes; read-only ones leave nothing. */
class CliAuditTest {

    @TempDir
    Path dir;

    private int run(String... args) {
        return CollectorMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                args);
    }

    private List<AuditEntry> audit() {
        try (Store store = StoreFactory.sqlite(dir.resolve(StoreFactory.SQLITE_FILE))) {
            return store.audit().page(new AuditQuery(null, null, null, null, null, null, 100));
        }
    }

    @Test
    void tokenAndRosterChangesAreAuditedWithTheLocalUser() throws Exception {
        assertThat(run("token", "create", "--data", dir.toString(), "--role", "viewer", "--name", "wallboard")).isZero();
        assertThat(run("token", "list", "--data", dir.toString())).isZero();
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "device_id,employee_id\nlap-1,E1\n");
        assertThat(run("roster", "import", "--data", dir.toString(), csv.toString())).isZero();
        Files.writeString(csv, "device_id,employee_id\nlap-1,E1\nlap-1,E2\n");
        assertThat(run("roster", "import", "--data", dir.toString(), csv.toString())).isEqualTo(1);

        List<AuditEntry> entries = audit();
        assertThat(entries).extracting(AuditEntry::action).containsExactly("roster.import", "token.create");
        AuditEntry create = entries.get(1);
        assertThat(create.actorId()).isEqualTo("cli:" + System.getProperty("user.name"));
        assertThat(create.role()).isEqualTo("local");
        assertThat(create.method()).isEqualTo("CLI");
        assertThat(create.parameters()).contains("\"role\":\"viewer\"").contains("\"name\":\"wallboard\"");
        assertThat(create.status()).isNull();
    }
}
