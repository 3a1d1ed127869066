package dev.farmguard.collector.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterCsvTest {

    @TempDir
    Path dir;

    static String fixture(String name) throws IOException {
        try (InputStream in = RosterCsvTest.class.getResourceAsStream("/roster/" + name + "/roster.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void allColumnsInAnyOrder() throws IOException {
        List<RosterEntry> rows = RosterCsv.parse(fixture("valid-all-columns"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(new RosterEntry("lap-001", "E100", "Ann Lee", "ann@example.com", "US", "AZ",
                "Phoenix", 33.4484, -112.0740, "America/Phoenix"));
        assertThat(rows.get(1).employeeName()).isEqualTo("Bauer, Max");
        assertThat(rows.get(2).hasLocation()).isFalse();
        assertThat(rows.get(2).timezone()).isEqualTo("America/New_York");
    }

    @Test
    void requiredColumnsOnlyWithCrLfAndBom() throws IOException {
        List<RosterEntry> rows = RosterCsv.parse("\uFEFF" + fixture("valid-required-only"));
        assertThat(rows).extracting(RosterEntry::deviceId).containsExactly("lap-001", "lap-002");
        assertThat(rows.get(0).employeeName()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-column | 1 | unknown column 'department'",
        "missing-required | 1 | missing required column 'employee_id'",
        "empty-employee | 3 | employee_id is empty",
        "duplicate-device | 4 | already on line 2",
        "bad-latitude | 3 | latitude 95.0 is outside -90..90",
        "latitude-without-longitude | 2 | both latitude and longitude",
        "bad-timezone | 3 | 'Mars/Olympus' is not an IANA time zone",
        "malformed-quote | 3 | malformed CSV"})
    void badFilesNameTheLineAndTheProblem(String name, int line, String problem) throws IOException {
        String csv = fixture(name);
        assertThatThrownBy(() -> RosterCsv.parse(csv)).isInstanceOf(RosterFormatException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((RosterFormatException) e).line()).isEqualTo(line))
                .hasMessageStartingWith("line " + line + ":");
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> RosterCsv.parse("")).isInstanceOf(RosterFormatException.class)
                .hasMessageContaining("header");
    }

    @Test
    void aBadFileImportsNothingAndAGoodOneReplacesTheRoster() throws IOException {
        try (Store store = StoreFactory.sqlite(dir.resolve("r.db"))) {
            RosterImporter importer = new RosterImporter(store);
            assertThat(importer.importCsv(fixture("valid-all-columns"))).isEqualTo(3);
            assertThatThrownBy(() -> importer.importCsv(fixture("duplicate-device")))
                    .isInstanceOf(RosterFormatException.class);
            assertThat(store.roster()).hasSize(3);
            assertThat(importer.importCsv(fixture("valid-required-only"))).isEqualTo(2);
            assertThat(store.roster()).extracting(RosterEntry::deviceId).containsExactly("lap-001", "lap-002");
            assertThat(store.roster().get(0).employeeName()).isEmpty();
        }
    }
}
