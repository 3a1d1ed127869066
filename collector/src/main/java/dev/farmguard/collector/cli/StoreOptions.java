package dev.farmguard.collector.cli;

import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.config.ConfigException;
import dev.farmguard.collector.config.ConfigFile;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
