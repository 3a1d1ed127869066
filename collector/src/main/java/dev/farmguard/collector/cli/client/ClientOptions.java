package dev.farmguard.collector.cli.client;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}: which CLI configuration (written by {@code login}) a client command uses. */
public final class ClientOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "CLI configuration written by login (default: ~/.config/farmguard/cli.yaml).")
    Path config;

    public Path configPath() {
        return config != null ? config : ClientConfig.defaultPath();
    }

    /** A client for the configured collector. */
    public ApiClient client() throws IOException {
        return ApiClient.of(ClientConfig.read(configPath()));
    }
}
