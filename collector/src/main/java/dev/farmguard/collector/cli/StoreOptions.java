package dev.farmguard.collector.cli;

import dev.farmguard.collector.audit.AuditScope;
import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.config.ConfigException;
import dev.farmguard.collector.config.ConfigFile;
import dev.farmguard.collector.config.DurationText;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --data DIR [--config FILE]} for commands that work directly on the store (the collector may be running). */
final class StoreOptions {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The collector's data directory.")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (store and enrollment settings).")
    Path configFile;

    /** The configuration; a {@link ConfigException} names the bad key. */
    CollectorConfig config() {
        CollectorConfig config = CollectorConfig.defaults(data);
        return configFile == null ? config : ConfigFile.apply(configFile, config);
    }

    Store open(CollectorConfig config) throws IOException {
        Files.createDirectories(data);
        return StoreFactory.open(config.store(), data);
    }

    /**
     * Runs {@code work} on the opened store: a configuration problem exits 2, a store that cannot open 1. A change the
     * work makes is audited in its own transaction ({@link CliAudit}).
     */
    int withStore(CommandLine.Model.CommandSpec spec, StoreWork work) {
        CollectorConfig config;
        try {
            config = config();
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("configuration error: " + e.getMessage());
            return 2;
        }
        try (Store store = open(config); AuditScope audit = CliAudit.open(spec)) {
            return work.run(store, config, spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot open the store in " + data + ": " + e.getMessage());
            return 1;
        }
    }

    /** What a command does with the store. */
    @FunctionalInterface
    interface StoreWork {
        int run(Store store, CollectorConfig config, PrintWriter out, PrintWriter err);
    }

    /**
     * An expiry from {@code --expires-in DURATION} or {@code --expires-at INSTANT} (at most one), or null when
     * neither is given; a bad value is an {@link IllegalArgumentException} naming the option.
     */
    static Instant expiry(String expiresIn, String expiresAt) {
        if (expiresIn != null && expiresAt != null) {
            throw new IllegalArgumentException("--expires-in and --expires-at: give one of them");
        }
        if (expiresAt != null) {
            try {
                return Instant.parse(expiresAt);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--expires-at: not an ISO-8601 instant like 2027-01-31T00:00:00Z");
            }
        }
        if (expiresIn != null) {
            try {
                return Instant.now().plus(DurationText.parse(expiresIn));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--expires-in: '" + expiresIn + "' " + e.getMessage()
                        + " (e.g. 7d, 12h, PT30M)");
            }
        }
        return null;
    }
}
