package dev.farmguard.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.CatalogLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code farmguard-collector catalog import-lolrmm FILE --out catalog.json}. */
class CatalogCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CollectorMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void importsLolrmmIntoACatalogTheCollectorLoads() throws Exception {
        Path lolrmm = Path.of(getClass().getResource("/catalog/lolrmm/rmm_tools.json").toURI());
        Path catalog = dir.resolve("catalog.json");
        assertThat(run("catalog", "import-lolrmm", lolrmm.toString(), "--out", catalog.toString())).isZero();
        assertThat(out.toString()).isNotBlank();
        Catalog merged = CatalogLoader.load(catalog);
        Catalog bundled = CatalogLoader.loadBundled();
        assertThat(merged.version()).startsWith(bundled.version() + "+lolrmm.");
        assertThat(merged.remoteTools().size()).isGreaterThan(bundled.remoteTools().size());
    }

    @Test
    void aFileThatIsNotLolrmmFailsAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"not\": \"lolrmm\"}");
        Path catalog = dir.resolve("catalog.json");
        assertThat(run("catalog", "import-lolrmm", bad.toString(), "--out", catalog.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("catalog import-lolrmm:");
        assertThat(catalog).doesNotExist();
    }

    @Test
    void theOutputOptionIsRequired() {
        assertThat(run("catalog", "import-lolrmm", "x.json")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }
}
