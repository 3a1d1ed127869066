package dev.farmguard.collector.cli;

import dev.farmguard.collector.audit.AuditScope;
import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.config.ConfigException;
import dev.farmguard.collector.config.ConfigFile;
import dev.farmguard.collector.roster.RosterFormatException;
import dev.farmguard.collector.roster.RosterImporter;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster import --data DIR FILE.csv}: replaces the roster directly in the store (DESIGN.md contract 5). */
@Command(name = "roster", mixinStandardHelpOptions = true, description = "Manage the device roster.",
        subcommands = RosterCommand.Import.class)
final class RosterCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Replace the roster with FILE (header device_id,employee_id[,employee_name,email,country,"
                    + "region,city,latitude,longitude,timezone]); a bad row imports nothing.")
    static final class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The collector's data directory.")
        Path data;

        @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (for store settings).")
        Path configFile;

        @Parameters(paramLabel = "FILE.csv", description = "Roster CSV (UTF-8).")
        Path csv;

        @Override
        public Integer call() {
            String text;
            try {
                text = Files.readString(csv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                spec.commandLine().getErr().println("cannot read " + csv + ": " + e.getMessage());
                return 1;
            }
            CollectorConfig config;
            try {
                config = CollectorConfig.defaults(data);
                if (configFile != null) {
                    config = ConfigFile.apply(configFile, config);
                }
                Files.createDirectories(data);
            } catch (ConfigException | IOException e) {
                spec.commandLine().getErr().println("configuration error: " + e.getMessage());
                return 2;
            }
            try (Store store = StoreFactory.open(config.store(), data); AuditScope audit = CliAudit.open(spec)) {
                int n = new RosterImporter(store).importCsv(text);
                spec.commandLine().getOut().println("imported " + n + " roster rows from " + csv);
                return 0;
            } catch (RosterFormatException e) {
                spec.commandLine().getErr().println(csv + ": " + e.getMessage() + " (nothing imported)");
                return 1;
            }
        }
    }
}
