package dev.farmguard.collector.cli;

import dev.farmguard.collector.cli.client.ApiClient;
import dev.farmguard.collector.cli.client.ClientConfig;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --api [--cli-config FILE]}: {@code report} fetches from the collector saved by {@code login}, like the other
 * client commands. The option is not {@code --config} as theirs: here that names the collector's YAML for {@code --data}.
 */
final class ReportLoginOptions {

    @Option(names = "--api", required = true, description = "Fetch from the collector saved by login.")
    boolean api;

    @Option(names = "--cli-config", paramLabel = "FILE",
            description = "CLI configuration written by login (default: ~/.config/farmguard/cli.yaml).")
    Path cliConfig;

    Path configPath() {
        return cliConfig != null ? cliConfig : ClientConfig.defaultPath();
    }

    ApiClient client() throws IOException {
        return ApiClient.of(ClientConfig.read(configPath()));
    }
}
