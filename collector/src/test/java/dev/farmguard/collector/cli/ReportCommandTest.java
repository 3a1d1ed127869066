package dev.farmguard.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.TestSnapshots;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --data DIR --kind K --format F --out DIR}: a report on demand from the store. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CollectorMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesTheAskedFormatsAndPrintsTheirPaths() throws Exception {
        try (Store store = StoreFactory.sqlite(dir.resolve(StoreFactory.SQLITE_FILE))) {
            store.saveSnapshots(List.of(TestSnapshots.minimal("lap-1", 1, TestSnapshots.T0),
                    TestSnapshots.minimal("lap-2", 1, TestSnapshots.T0)), TestSnapshots.T0);
            store.saveAssessment(new Assessment("lap-2", 70, Verdict.REVIEW, List.of(), TestSnapshots.T0, "odd"));
        }
        Path reports = dir.resolve("reports");
        assertThat(run("report", "--data", dir.toString(), "--kind", "weekly-farm", "--format", "csv,json",
                "--format", "html", "--out", reports.toString())).as(err.toString()).isZero();
        List<String> printed = out.toString().lines().toList();
        assertThat(printed).hasSize(3).allMatch(p -> Files.exists(Path.of(p)));
        Path csv = Path.of(printed.stream().filter(p -> p.endsWith(".csv")).findFirst().orElseThrow());
        assertThat(Files.readAllLines(csv)).hasSize(3).anyMatch(l -> l.startsWith("lap-2,lap-2-host,")
                && l.contains(",review,70,"));
    }

    @Test
    void anUnknownKindOrFormatNamesTheChoices() {
        assertThat(run("report", "--data", dir.toString(), "--kind", "monthly", "--format", "pdf", "--out",
                dir.resolve("r").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown report kind 'monthly'; use one of daily-summary, weekly-farm");
        assertThat(run("report", "--data", dir.toString(), "--kind", "daily-summary", "--format", "docx", "--out",
                dir.resolve("r").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown report format 'docx'; use one of html, pdf, csv, json");
    }
}
