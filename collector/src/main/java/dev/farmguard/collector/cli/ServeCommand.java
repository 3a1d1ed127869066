package dev.farmguard.collector.cli;

import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.catalog.CatalogException;
import dev.farmguard.collector.geo.GeoIpLoadException;
import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.config.ConfigException;
import dev.farmguard.collector.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.farmguard.collector.config.ConfigFile;
import dev.farmguard.collector.config.ConfigValidator;
import dev.farmguard.collector.config.HostPort;
import dev.farmguard.collector.config.ReportsConfigFile;
import dev.farmguard.collector.config.ReportsSettings;
import dev.farmguard.collector.report.ReportScheduler;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the collector until SIGTERM/SIGINT (DESIGN.md contract 1). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the collector with its embedded store in DIR.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Data directory: database, CA, admin.token, listen.json (created if missing).")
    Path data;

    @Option(names = "--agent-listen", paramLabel = "HOST:PORT",
            description = "Agent TLS port (default 0.0.0.0:9443; port 0 = any free port).")
    String agentListen;

    @Option(names = "--api-listen", paramLabel = "HOST:PORT",
            description = "HTTPS API port (default 127.0.0.1:8443; port 0 = any free port).")
    String apiListen;

    @Option(names = "--trusted-proxy", paramLabel = "CIDR",
            description = "Network of a load balancer sending PROXY v2 headers (repeatable).")
    List<String> trustedProxies;

    @Option(names = "--geoip", paramLabel = "PATH",
            description = "MaxMind .mmdb file or GeoLite2 CSV directory (repeatable).")
    List<Path> geoip;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration; flags override it.")
    Path configFile;

    @Override
    public Integer call() throws Exception {
        CollectorConfig config;
        ReportsSettings reports;
        try {
            config = ConfigValidator.check(configure());
            reports = configFile == null ? ReportsSettings.NONE : ReportsConfigFile.read(configFile, data);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("configuration error: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Collector collector;
        try {
            collector = Collector.start(config, List.of(), Clock.systemUTC());
        } catch (GeoIpLoadException | CatalogException | ConfigException e) {
            // ConfigException here: an alert output's secret or CA file, read at startup
            spec.commandLine().getErr().println("configuration error: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            // a read-only, full or foreign-owned data directory: one line with the fix, not a stack trace
            spec.commandLine().getErr().println(DataDirectoryProblem.describe(config.dataDir(), e));
            return 2;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("cannot open the store: " + e.getMessage());
            return 2;
        }
        // the hook first: a SIGTERM right after start (listen.json written) must still stop the collector in order
        AtomicReference<ReportScheduler> scheduler = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ReportScheduler reportScheduler = scheduler.get();
            if (reportScheduler != null) {
                reportScheduler.close();
            }
            collector.close();
            stopped.countDown();
        }, "farmguard-shutdown"));
        if (!reports.schedules().isEmpty()) {
            scheduler.set(ReportScheduler.create(reports, collector.store(), collector.geoIp(), Clock.systemUTC(),
                    CollectorIdentity.describe()).start());
        }
        stopped.await();
        return 0;
    }

    CollectorConfig configure() {
        CollectorConfig c = CollectorConfig.defaults(data);
        if (configFile != null) {
            c = ConfigFile.apply(configFile, c);
        }
        HostPort agent = agentListen == null ? c.agentListen() : flag("--agent-listen", agentListen, HostPort::parse);
        HostPort api = apiListen == null ? c.apiListen() : flag("--api-listen", apiListen, HostPort::parse);
        List<Cidr> proxies = trustedProxies == null ? c.trustedProxies()
                : trustedProxies.stream().map(p -> flag("--trusted-proxy", p, Cidr::parse)).toList();
        List<Path> geo = geoip == null ? c.geoipPaths() : geoip;
        return new CollectorConfig(data, agent, api, c.tlsServerNames(), proxies, geo, c.store(), c.limits(),
                c.api(), c.enrollment(), c.detection(), c.alerts());
    }

    private static <T> T flag(String name, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, "bad value '" + value + "': " + e.getMessage(), "see --help");
        }
    }
}
