package dev.farmguard.collector.report;

import dev.farmguard.collector.geo.GeoIpLookup;
import dev.farmguard.collector.report.FleetReport.DeviceRow;
import dev.farmguard.collector.store.ReportStore.HistoryEntry;
import dev.farmguard.collector.store.ReportStore.PriorVerdict;
import dev.farmguard.collector.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces one report: builds the model once, renders it in each asked format (the PDF from the HTML), writes the
 * files (each complete or absent: written aside, then moved into place) and records the report's counts and verdicts
 * so the next report of the kind shows the trend and the changes.
 */
public final class ReportGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(ReportGenerator.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Store store;
    private final FleetReportBuilder builder;

    public ReportGenerator(Store store, GeoIpLookup geo, Clock clock) {
        this.store = store;
        this.builder = new FleetReportBuilder(store, geo, clock);
    }

    /** The written report: its model and one file per format. */
    public record Generated(FleetReport report, Map<ReportFormat, Path> files) {}

    /**
     * Whether a run becomes the "previous report" of its kind (the base of the next one's trend and changes).
     * Scheduled runs and the CLI's store runs record; reports fetched over the API skip, so a viewer pulling a report
     * never moves the baseline of management's daily changes.
     */
    public enum History { RECORD, SKIP }

    /** One report, recorded as the previous report of its kind. */
    public Generated generate(ReportKind kind, Collection<ReportFormat> formats, Path outDir) throws IOException {
        return generate(kind, formats, outDir, History.RECORD);
    }

    public Generated generate(ReportKind kind, Collection<ReportFormat> formats, Path outDir, History history)
            throws IOException {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format given");
        }
        long start = System.nanoTime();
        FleetReport report = builder.build(kind);
        Files.createDirectories(outDir);
        String base = "farmguard-" + kind.cliName() + "-" + STAMP.format(report.generatedAt());
        Map<ReportFormat, Path> files = new EnumMap<>(ReportFormat.class);
        // the PDF is the HTML page laid out for print: render the page once for both
        String html = formats.contains(ReportFormat.HTML) || formats.contains(ReportFormat.PDF)
                ? HtmlReportRenderer.render(report) : null;
        for (ReportFormat f : formats) {
            byte[] bytes = switch (f) {
                case HTML -> html.getBytes(StandardCharsets.UTF_8);
                case PDF -> PdfReportRenderer.render(html);
                case CSV -> CsvReportRenderer.render(report).getBytes(StandardCharsets.UTF_8);
                case JSON -> JsonReportRenderer.render(report);
            };
            files.put(f, write(outDir.resolve(base + "." + f.extension()), bytes));
        }
        if (history == History.RECORD) {
            record(report);
        }
        LOG.info("{} report of {} devices written to {} in {} ms: {}", kind.cliName(), report.counts().total(),
                outDir, (System.nanoTime() - start) / 1_000_000, files.keySet());
        return new Generated(report, files);
    }

    private void record(FleetReport r) {
        Map<String, PriorVerdict> verdicts = new HashMap<>(r.devices().size() * 2);
        for (DeviceRow d : r.devices()) {
            verdicts.put(d.deviceId(), new PriorVerdict(d.verdict(), d.risk()));
        }
        store.reports().recordReport(new HistoryEntry(r.kind().cliName(), r.generatedAt(), r.counts().total(),
                r.counts().ok(), r.counts().review(), r.counts().laptopFarm()), verdicts);
    }

    private static Path write(Path target, byte[] bytes) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.write(partial, bytes);
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
