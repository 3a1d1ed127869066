package dev.farmguard.collector.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.FakeGeo;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each kind in each format from the seeded fleet, with the numbers checked against what was stored. */
class ReportFormatsTest {

    @TempDir
    Path dir;

    private Store store;
    private ReportGenerator generator;

    @BeforeEach
    void seed() {
        store = StoreFactory.sqlite(dir.resolve("farmguard.db"));
        FakeGeo geo = SeededFleet.seed(store);
        generator = new ReportGenerator(store, geo, Clock.fixed(SeededFleet.NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void jsonCountsMatchTheStore(ReportKind kind) throws Exception {
        ReportGenerator.Generated g = generator.generate(kind, List.of(ReportFormat.JSON), dir.resolve("out"));
        JsonNode json = new ObjectMapper().readTree(g.files().get(ReportFormat.JSON).toFile());
        assertThat(json.get("kind").asText()).isEqualTo(kind.cliName());
        assertThat(json.get("counts").get("devices").asInt()).isEqualTo(SeededFleet.REPORTING)
                .isEqualTo(store.devices().size());
        assertThat(json.get("counts").get("laptop_farm").asInt()).isEqualTo(SeededFleet.FARM);
        assertThat(json.get("counts").get("review").asInt()).isEqualTo(SeededFleet.REVIEW);
        assertThat(json.get("counts").get("ok").asInt()).isEqualTo(SeededFleet.OK);
        assertThat(json.get("devices")).hasSize(SeededFleet.REPORTING);
        assertThat(json.get("devices").get(0).get("deviceId").asText()).isEqualTo(SeededFleet.id(0));
        assertThat(json.get("silent")).hasSize(SeededFleet.SILENT);
        assertThat(json.get("coverage").get("rosterDevices").asInt())
                .isEqualTo(SeededFleet.REPORTING + SeededFleet.NEVER_ENROLLED);
        assertThat(json.get("coverage").get("neverEnrolled")).hasSize(SeededFleet.NEVER_ENROLLED);
        assertThat(json.get("coverage").get("stoppedReporting")).hasSize(SeededFleet.SILENT);
        assertThat(json.get("coverage").get("agentVersions").get("0.2.0").asInt()).isEqualTo(13);
        assertThat(json.get("coverage").get("agentVersions").get("0.1.0").asInt()).isEqualTo(7);
        assertThat(json.get("ruleCounts").get("colocation.shared_network").asInt()).isEqualTo(SeededFleet.FARM);
        assertThat(json.get("familyCounts").get("shared").asInt()).isEqualTo(SeededFleet.FARM);
        assertThat(json.get("familyCounts").get("network").asInt()).isEqualTo(1);
        assertThat(json.get("changes")).as("first report: every flag is new").hasSize(SeededFleet.FARM
                + SeededFleet.REVIEW);
        assertThat(json.get("cases").get("available").asBoolean()).isTrue();
        assertThat(json.get("cases").get("oldest")).as("no case opened yet").isEmpty();
        if (kind.detailed()) {
            assertThat(json.get("clusters")).hasSize(1);
            assertThat(json.get("clusters").get(0).get("deviceIds")).hasSize(SeededFleet.FARM);
            assertThat(json.get("map")).hasSize(4);
        } else {
            assertThat(json.get("clusters")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void csvHasOneRowPerDeviceWithFormulasNeutralised(ReportKind kind) throws Exception {
        ReportGenerator.Generated g = generator.generate(kind, List.of(ReportFormat.CSV), dir.resolve("out"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(g.files().get(ReportFormat.CSV))).getRecords();
        assertThat(rows).hasSize(SeededFleet.REPORTING + SeededFleet.NEVER_ENROLLED);
        assertThat(rows.stream().filter(r -> r.get("verdict").equals("laptop_farm"))).hasSize(SeededFleet.FARM);
        assertThat(rows.stream().filter(r -> r.get("status").equals("never_enrolled"))).hasSize(2);
        assertThat(rows.stream().filter(r -> r.get("status").equals("silent"))).hasSize(SeededFleet.SILENT);
        CSVRecord hostile = rows.stream().filter(r -> r.get("device_id").equals(SeededFleet.id(4))).findFirst()
                .orElseThrow();
        assertThat(hostile.get("hostname")).isEqualTo("'" + SeededFleet.HOSTILE_HOST);
        assertThat(rows.get(0).get("rules")).isEqualTo("colocation.shared_network remote_control.tool");
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void htmlIsSelfContainedEscapedAndWellFormed(ReportKind kind) throws Exception {
        ReportGenerator.Generated g = generator.generate(kind, List.of(ReportFormat.HTML), dir.resolve("out"));
        String html = Files.readString(g.files().get(ReportFormat.HTML));
        assertThat(html).doesNotContain("<script").doesNotContain("<b>odd</b>").doesNotContain("src=\"http")
                .doesNotContain("href=\"http");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;b&gt;odd&lt;/b&gt;");
        assertThat(html).contains("<svg").contains(">" + SeededFleet.FARM + "</span>laptop farm");
        assertThat(html.contains("Natural Earth")).isEqualTo(kind.detailed());
        // the PDF renderer parses the page as XML
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void pdfCarriesTheSameNumbers(ReportKind kind) throws Exception {
        ReportGenerator.Generated g = generator.generate(kind, List.of(ReportFormat.PDF), dir.resolve("out"));
        byte[] pdf = Files.readAllBytes(g.files().get(ReportFormat.PDF));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains(kind.title());
        assertThat(text).containsPattern("(?s)" + SeededFleet.REPORTING + "\\s*devices");
        assertThat(text).containsPattern("(?s)" + SeededFleet.FARM + "\\s*laptop farm");
        assertThat(text).containsPattern("(?s)" + SeededFleet.REVIEW + "\\s*review");
        assertThat(text).contains("laptop-0").contains("AnyDesk runs with unattended access");
        assertThat(text).contains("22 laptops on the roster: 18 reporting, 2 never enrolled, 2 stopped reporting");
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void allFormatsAtOnceShareOneModel(ReportKind kind) throws Exception {
        ReportGenerator.Generated g = generator.generate(kind, List.of(ReportFormat.values()), dir.resolve("all"));
        assertThat(g.files()).containsOnlyKeys(ReportFormat.values());
        for (Map.Entry<ReportFormat, Path> e : g.files().entrySet()) {
            assertThat(e.getValue().getFileName().toString())
                    .startsWith("farmguard-" + kind.cliName() + "-20260309T060000Z").endsWith("." + e.getKey().extension());
            assertThat(Files.size(e.getValue())).isPositive();
        }
        try (var files = Files.list(dir.resolve("all"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".partial"))).isEmpty();
        }
        assertThat(new StringReader("")).isNotNull();
    }
}
