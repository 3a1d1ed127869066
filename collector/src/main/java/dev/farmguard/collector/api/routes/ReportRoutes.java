package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Parameters;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.geo.GeoIpLookup;
import dev.farmguard.collector.report.ReportFormat;
import dev.farmguard.collector.report.ReportGenerator;
import dev.farmguard.collector.report.ReportGenerator.History;
import dev.farmguard.collector.report.ReportKind;
import dev.farmguard.collector.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /api/v1/reports/{kind}?format=html|pdf|csv|json: a fleet report generated now, answered as a file. It is not
 * recorded as the kind's previous report, so fetching one never moves the baseline of the scheduled reports' trend.
 */
public final class ReportRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRoutes.class);

    private final ReportGenerator generator;

    public ReportRoutes(Store store, GeoIpLookup geo, Clock clock) {
        this.generator = new ReportGenerator(store, geo, clock);
    }

    public ApiResponse report(ApiRequest request, Map<String, String> params, Principal caller) {
        Parameters.requireKnown(request, Set.of("format"), Set.of());
        ReportKind kind = parse("kind", params.get("kind"), ReportKind::parse);
        String formatText = request.queryParam("format");
        if (formatText == null) {
            throw ApiException.badParameter("format", "is required: html, pdf, csv or json");
        }
        ReportFormat format = parse("format", formatText, ReportFormat::parse);
        try {
            Path dir = Files.createTempDirectory("farmguard-report-");
            try {
                Path file = generator.generate(kind, List.of(format), dir, History.SKIP).files().get(format);
                return new ApiResponse(200, format.mediaType(), Files.readAllBytes(file), Map.of(
                        "Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\""));
            } finally {
                deleteTree(dir);
            }
        } catch (IOException e) {
            // a full or unwritable temp directory is the collector's problem, not the caller's: a logged 500
            throw new UncheckedIOException("cannot write the " + kind.cliName() + " report to a temp directory", e);
        }
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name, e.getMessage());
        }
    }

    /**
     * The temp directory holds the one report file (and a partial one if writing failed): flat, no subdirectories.
     * The answer is already in memory, so a leftover file is logged rather than failing the request.
     */
    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary report directory {}: {}", dir, e.toString());
        }
    }
}
