package dev.farmguard.collector.api.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void formulaCellsGetAnApostropheAndQuotingFollowsRfc4180() {
        assertThat(AuditCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditCsv.cell("+cmd")).isEqualTo("'+cmd");
        assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
        assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void oneLinePerEntryEvenWhenAValueHeldALineBreak() {
        AuditEntry e = AuditEntry.neutralised("aud_1", Instant.parse("2027-01-01T00:00:00Z"), "tok_1", "evil\r\nname",
                "viewer", "query", "GET", "/api/v1/roster", "/api/v1/roster", "{}", "127.0.0.1").withStatus(200);
        String csv = AuditCsv.of(List.of(e));
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("evil\\r\\nname").endsWith(",200\r\n");
    }
}
