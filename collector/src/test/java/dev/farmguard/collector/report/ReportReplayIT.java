package dev.farmguard.collector.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.geo.GeoIpRegistry;
import dev.farmguard.collector.testing.ReplayedCollector;
import dev.farmguard.collector.testing.SimulatedFleet;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11 end to end: a simulated fleet (farms and benign look-alikes) is replayed by the real agent into a collector,
 * detection runs, and each kind of report is generated in every format from the collector's store; the numbers of
 * each format are checked against the API's device list (the PDF's through PDFBox's text extraction), and the HTML
 * and PDF are rendered to PNG (Chromium, PDFBox) and checked not to be blank. With
 * {@code -Dfarmguard.report.samples=DIR} the reports and renders are also copied to DIR (docs/reports).
 */
class ReportReplayIT {

    private static final String MIX = "ordinary-remote=14,commuter=4,housemates=4,it-support=4,privacy-vpn=3,"
            + "farm-rmm=8,farm-kvm=5,farm-mixed=4";
    private static final int DEVICES = 46;
    private static final String NEVER_ENROLLED = "\nlaptop-never-1,emp-never-1,Dana Whitfield,dana@example.com,US,"
            + "Oregon,Portland,45.52,-122.68,America/Los_Angeles\nlaptop-never-2,emp-never-2,Luis Ortega,"
            + "luis@example.com,US,Florida,Miami,25.76,-80.19,America/New_York\n";

    @TempDir
    static Path dir;

    private static ReplayedCollector collector;
    private static Map<String, JsonNode> api;
    private static GeoIpRegistry geo;

    @BeforeAll
    static void replay() throws Exception {
        SimulatedFleet fleet = SimulatedFleet.generate(dir.resolve("fleet"), 20261207, DEVICES, 5, "--scenario-mix",
                MIX);
        String roster = Files.readString(fleet.roster()).stripTrailing();
        Files.writeString(fleet.roster(), roster + NEVER_ENROLLED, StandardOpenOption.TRUNCATE_EXISTING);
        collector = ReplayedCollector.start(fleet, dir.resolve("collector"));
        assertThat(collector.importRoster(fleet)).isEqualTo(DEVICES + 2);
        assertThat(collector.replay(fleet)).isZero();
        collector.runDetection();
        api = collector.devices();
        assertThat(api).hasSize(DEVICES);
        geo = GeoIpRegistry.open(List.of(fleet.geoip()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (collector != null) {
            collector.close();
        }
        if (geo != null) {
            geo.close();
        }
    }

    private static Map<String, Integer> apiCounts() {
        Map<String, Integer> counts = new HashMap<>(Map.of("ok", 0, "review", 0, "laptop_farm", 0));
        api.values().forEach(d -> counts.merge(d.get("verdict").asText(), 1, Integer::sum));
        return counts;
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void everyFormatAgreesWithTheApiAndRendersToAPicture(ReportKind kind) throws Exception {
        Path out = dir.resolve("reports-" + kind.cliName());
        ReportGenerator.Generated g = new ReportGenerator(collector.collector().store(), geo, Clock.systemUTC())
                .generate(kind, List.of(ReportFormat.values()), out);
        Map<String, Integer> counts = apiCounts();
        assertThat(counts.get("laptop_farm")).as("the fleet has farms").isPositive();

        JsonNode json = new ObjectMapper().readTree(g.files().get(ReportFormat.JSON).toFile());
        for (String verdict : List.of("ok", "review", "laptop_farm")) {
            assertThat(json.get("counts").get(verdict).asInt()).as(verdict).isEqualTo(counts.get(verdict));
        }
        for (JsonNode d : json.get("devices")) {
            JsonNode a = api.get(d.get("deviceId").asText());
            assertThat(d.get("verdict").asText()).isEqualTo(a.get("verdict").asText());
            assertThat(d.get("risk").asInt()).isEqualTo(a.get("risk").asInt());
            assertThat(d.get("findings").size()).isEqualTo(a.get("findings").size());
        }
        assertThat(json.get("coverage").get("neverEnrolled")).hasSize(2);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(g.files().get(ReportFormat.CSV))).getRecords();
        assertThat(rows).hasSize(DEVICES + 2);
        rows.stream().filter(r -> !r.get("status").equals("never_enrolled")).forEach(r -> assertThat(r.get("verdict"))
                .as(r.get("device_id")).isEqualTo(api.get(r.get("device_id")).get("verdict").asText()));

        String html = Files.readString(g.files().get(ReportFormat.HTML));
        assertThat(html).contains(">" + counts.get("laptop_farm") + "</span>laptop farm")
                .contains(">" + counts.get("review") + "</span>review").contains(">" + api.size() + "</span>devices");

        String text;
        try (PDDocument doc = Loader.loadPDF(g.files().get(ReportFormat.PDF).toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).containsPattern("(?s)" + counts.get("laptop_farm") + "\\s*laptop farm")
                .containsPattern("(?s)" + counts.get("ok") + "\\s*ok")
                .containsPattern("(?s)" + api.size() + "\\s*devices");
        String riskiest = json.get("devices").get(0).get("hostname").asText();
        assertThat(text.replace("\n", "")).contains(riskiest);

        List<BufferedImage> pages = ReportRenders.pdf(g.files().get(ReportFormat.PDF), 70);
        assertThat(pages).isNotEmpty();
        assertThat(ReportRenders.inkShare(pages.get(0))).as("PDF page 1 has content").isGreaterThan(0.02);
        for (int i = 0; i < pages.size(); i++) {
            ReportRenders.write(pages.get(i), out.resolve("pdf-page-" + (i + 1) + ".png"));
        }
        boolean browser = ReportRenders.browserInstalled();
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(browser, "install Debian's chromium and chromium-driver to render the HTML");
        }
        BufferedImage page = ReportRenders.html(g.files().get(ReportFormat.HTML), dir.resolve("chromium-" + kind), 900);
        assertThat(page.getHeight()).as("the whole page, not one screen").isGreaterThan(1200);
        assertThat(ReportRenders.inkShare(page)).isGreaterThan(0.02);
        ReportRenders.write(page, out.resolve("html.png"));
        copySamples(kind, g, out, pages.size());
    }

    /** docs/reports/: the sample reports the README links to (only when asked, never in a normal run). */
    private static void copySamples(ReportKind kind, ReportGenerator.Generated g, Path out, int pdfPages)
            throws Exception {
        String target = System.getProperty("farmguard.report.samples");
        if (target == null) {
            return;
        }
        Path samples = Path.of(target);
        Files.createDirectories(samples);
        String base = "sample-" + kind.cliName();
        for (Map.Entry<ReportFormat, Path> e : g.files().entrySet()) {
            Files.copy(e.getValue(), samples.resolve(base + "." + e.getKey().extension()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(out.resolve("html.png"), samples.resolve(base + "-html.png"), StandardCopyOption.REPLACE_EXISTING);
        for (int i = 1; i <= Math.min(pdfPages, 2); i++) {
            Files.copy(out.resolve("pdf-page-" + i + ".png"), samples.resolve(base + "-pdf-page-" + i + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
