package dev.farmguard.collector.cli;

import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.geo.GeoIpLoadException;
import dev.farmguard.collector.geo.GeoIpRegistry;
import dev.farmguard.collector.report.ReportFormat;
import dev.farmguard.collector.report.ReportGenerator;
import dev.farmguard.collector.report.ReportKind;
import dev.farmguard.collector.cli.client.ApiClient;
import dev.farmguard.collector.cli.client.ApiClientException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code report (--data DIR | --server URL --ca FILE --token-file FILE | --api) --kind KIND --format F[,F...]
 * --out DIR}: one fleet report on demand, from the store (recorded as the kind's previous report, like a scheduled
 * one) or fetched from a running collector's API (not recorded).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a fleet report now, from the store (the collector may be running) or from a running "
            + "collector's API.",
            "Kinds: daily-summary, weekly-farm. Formats: html, pdf, csv, json (repeat --format or separate by commas)."})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the report comes from: exactly one of the store and the API. */
    static final class Source {
        @ArgGroup(exclusive = false, heading = "From the store:%n")
        StoreOptions store;

        @ArgGroup(exclusive = false, heading = "From a running collector's API:%n")
        ReportServerOptions server;

        @ArgGroup(exclusive = false, heading = "From the collector saved by login:%n")
        ReportLoginOptions login;

        boolean remote() {
            return server != null || login != null;
        }

        ApiClient client() throws IOException {
            return server != null ? server.client() : login.client();
        }

        String describeRemote() {
            return server != null ? server.server.toString() : "the collector in " + login.configPath();
        }
    }

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "daily-summary or weekly-farm.")
    String kind;

    @Option(names = "--format", required = true, split = ",", paramLabel = "FORMAT",
            description = "html, pdf, csv or json.")
    List<String> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files into.")
    Path out;

    @Option(names = "--geoip", paramLabel = "PATH",
            description = "GeoIP database(s) for the map (default: the configuration's geoip paths).")
    List<Path> geoip;

    @Override
    public Integer call() {
        ReportKind reportKind;
        Set<ReportFormat> wanted = new LinkedHashSet<>();
        try {
            reportKind = ReportKind.parse(kind);
            formats.forEach(f -> wanted.add(ReportFormat.parse(f)));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        List<ReportFormat> asked = new ArrayList<>(wanted);
        return source.remote() ? fetch(reportKind, asked) : generate(reportKind, asked);
    }

    /** Every format from the API, one request each; the collector names the files. */
    private int fetch(ReportKind reportKind, List<ReportFormat> asked) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (geoip != null) {
            stderr.println("--geoip goes with --data; from the API the collector's own GeoIP data draws the map");
            return 2;
        }
        try {
            ApiClient client = source.client();
            for (ReportFormat f : asked) {
                stdout.println(client.downloadAttachment("/api/v1/reports/" + reportKind.cliName(),
                        Map.of("format", List.of(f.extension())), out));
            }
            return 0;
        } catch (ApiClientException e) {
            stderr.println("the collector answered " + e.status() + ": " + e.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            stderr.println("cannot fetch the report from " + source.describeRemote() + ": " + e.getMessage());
            return 2;
        }
    }

    private int generate(ReportKind reportKind, List<ReportFormat> asked) {
        return source.store.withStore(spec, (s, config, stdout, stderr) -> {
            try (GeoIpRegistry geo = GeoIpRegistry.open(geoPaths(config))) {
                ReportGenerator.Generated g = new ReportGenerator(s, geo, Clock.systemUTC())
                        .generate(reportKind, asked, out);
                g.files().values().forEach(p -> stdout.println(p));
                return 0;
            } catch (GeoIpLoadException e) {
                stderr.println("cannot read GeoIP data: " + e.getMessage());
                return 2;
            } catch (IOException e) {
                stderr.println("cannot write the report into " + out + ": " + DataDirectoryProblem.describe(e));
                return 1;
            }
        });
    }

    private List<Path> geoPaths(CollectorConfig config) {
        return geoip != null ? geoip : config.geoipPaths();
    }
}
