package dev.farmguard.collector.cli;

import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.geo.GeoIpLoadException;
import dev.farmguard.collector.geo.GeoIpRegistry;
import dev.farmguard.collector.report.ReportFormat;
import dev.farmguard.collector.report.ReportGenerator;
import dev.farmguard.collector.report.ReportKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report --data DIR --kind KIND --format F[,F...] --out DIR}: one fleet report on demand, from the store. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a fleet report now, from the store (the collector may be running).",
            "Kinds: daily-summary, weekly-farm. Formats: html, pdf, csv, json (repeat --format or separate by commas)."})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

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
        return store.withStore(spec, (s, config, stdout, stderr) -> {
            try (GeoIpRegistry geo = GeoIpRegistry.open(geoPaths(config))) {
                ReportGenerator.Generated g = new ReportGenerator(s, geo, Clock.systemUTC())
                        .generate(reportKind, new ArrayList<>(wanted), out);
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
