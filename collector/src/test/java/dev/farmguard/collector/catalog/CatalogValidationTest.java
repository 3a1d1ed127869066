package dev.farmguard.collector.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad catalog files fail at load with a message naming the file and the entry. */
class CatalogValidationTest {

    @TempDir
    Path tmp;

    private static final String SRC = "\"sources\": [{\"reference\": \"test\"}]";

    private static CatalogException failure(String json) {
        try {
            CatalogLoader.parseAndValidate(json, "test.json");
        } catch (CatalogException e) {
            return e;
        }
        throw new AssertionError("no CatalogException for " + json);
    }

    @Test
    void duplicateIdsAreNamed() {
        CatalogException e = failure("{\"version\": \"1\", \"remoteTools\": ["
                + "{\"id\": \"x\", \"name\": \"X\", \"processNames\": [\"x\"], " + SRC + "}],"
                + " \"jigglers\": [{\"id\": \"x\", \"name\": \"X2\", \"processNames\": [\"y\"], " + SRC + "}]}");
        assertThat(e.getMessage()).contains("test.json").contains("jigglers[0] \"x\": duplicate id, first used by remoteTools[0]");
    }

    @Test
    void vendorZeroAndGenericGadgetIdsWithoutStringsAreRejected() {
        CatalogException e = failure("{\"version\": \"1\", \"kvms\": [{\"id\": \"k\", \"name\": \"K\", \"usb\": ["
                + "{\"vendorId\": 0, \"productId\": 1}, {\"vendorId\": 7531, \"productId\": 260},"
                + " {\"vendorId\": 1, \"requiresStrings\": true}], " + SRC + "}]}");
        assertThat(e.problems()).containsExactly(
                "kvms[0] \"k\": usb[0] vendorId must not be 0",
                "kvms[0] \"k\": usb[1] vendor 1d6b (Linux Foundation) is every Linux gadget's default: set requiresStrings",
                "kvms[0] \"k\": usb[2] requiresStrings is set but no manufacturer, product or serial is given");
    }

    @Test
    void emptyNamesAndMissingSourcesAreRejected() {
        CatalogException e = failure("{\"version\": \"1\", \"vpns\": [{\"id\": \"v\", \"name\": \" \","
                + " \"adapterNames\": [\"v*\"]}]}");
        assertThat(e.problems()).containsExactly("vpns[0] \"v\": name must not be empty",
                "vpns[0] \"v\": needs at least one source saying where its facts were read");
    }

    @Test
    void broadOrEmptyEdidMatchesAreRejected() {
        CatalogException e = failure("{\"version\": \"1\", \"kvms\": [{\"id\": \"k\", \"name\": \"K\", \"edid\": ["
                + "{}, {\"pnpId\": \"TSB\"}, {\"pnpId\": \"TOSHIBA\", \"productCode\": 1}], " + SRC + "}]}");
        assertThat(e.problems()).anyMatch(p -> p.contains("edid[0] is empty"))
                .anyMatch(p -> p.contains("edid[1] a PNP id alone matches every monitor"))
                .anyMatch(p -> p.contains("edid[2] pnpId \"TOSHIBA\" is not three letters"));
    }

    @Test
    void structureErrorsNameThePath() {
        assertThat(failure("{\"version\": \"1\", \"remoteTools\": [{\"id\": \"a\", \"name\": \"A\","
                + " \"processName\": [\"a\"], " + SRC + "}]}").getMessage())
                .contains("catalog.remoteTools[0] has unknown field \"processName\"");
        assertThat(failure("{\"version\": \"1\", \"remoteTools\": [{\"id\": \"a\", \"name\": \"A\","
                + " \"ports\": [70000], " + SRC + "}]}").getMessage())
                .contains("remoteTools[0] \"a\": port 70000 is not 1..65535");
        assertThat(failure("{\"version\": \"1\", \"remoteTools\": [{\"id\": \"a\", \"name\": \"A\","
                + " \"ports\": [-1], " + SRC + "}]}").getMessage())
                .contains("catalog.remoteTools[0].ports[0] is out of the unsigned 32-bit range");
        assertThat(failure("{\"version\": 3}").getMessage()).contains("catalog.version must be a string");
        assertThat(failure("{\"version\": ").getMessage()).contains("not valid JSON");
        assertThat(failure("").getMessage()).contains("empty");
        assertThat(failure("{\"version\": \"1\", \"remoteTools\": [{\"id\": \"Bad Id\", \"name\": \"A\", " + SRC
                + "}]}").problems()).contains(
                "remoteTools[0] \"Bad Id\": id must be lower-case letters, digits, '.', '_', '-'",
                "remoteTools[0] \"Bad Id\": has nothing to match (no process, service, install path or port)");
    }

    @Test
    void snakeCaseProtoNamesAreAcceptedLikeProtobufsParser() {
        Catalog c = CatalogLoader.parseAndValidate("{\"version\": \"1\", \"remote_tools\": [{\"id\": \"a\","
                + " \"name\": \"A\", \"process_names\": [\"a.exe\"], \"dprk_reported\": true, " + SRC + "}]}", "t");
        assertThat(c.remoteTool("a").orElseThrow().processNames()).containsExactly("a.exe");
        assertThat(c.remoteTool("a").orElseThrow().dprkReported()).isTrue();
    }

    @Test
    void overrideFileIsLoadedFromAPathOrFallsBackToTheBundledCatalog() throws Exception {
        Path file = tmp.resolve("override.json");
        Files.writeString(file, "{\"version\": \"2099.01.01\", \"remoteTools\": [{\"id\": \"only\", \"name\": \"Only\","
                + " \"ports\": [4444], " + SRC + "}]}");
        assertThat(CatalogLoader.loadOverrideOrBundled(Optional.of(file)).version()).isEqualTo("2099.01.01");
        assertThat(CatalogLoader.loadOverrideOrBundled(Optional.empty()).version())
                .isEqualTo(CatalogLoader.loadBundled().version());
        assertThatThrownBy(() -> CatalogLoader.load(tmp.resolve("missing.json")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("missing.json").hasMessageContaining("no such file");
    }

    @Test
    void writerOutputReadsBackEqual() throws Exception {
        Catalog bundled = CatalogLoader.loadBundled();
        Path out = tmp.resolve("sub/written.json");
        CatalogJsonWriter.write(bundled, out);
        assertThat(CatalogLoader.load(out)).isEqualTo(bundled);
        String json = Files.readString(out);
        assertThat(json).contains("\"remoteTools\"", "\"processNames\"", "\"dprkReported\": true",
                "\"requiresStrings\": true", "\"serialNumber\": 2290649088");
        assertThat(json).doesNotContain("\"dprkReported\": false", "\"productId\": 0", "\"url\": \"\"");
    }
}
