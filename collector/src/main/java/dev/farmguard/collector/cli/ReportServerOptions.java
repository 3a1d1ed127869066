package dev.farmguard.collector.cli;

import dev.farmguard.collector.cli.client.ApiClient;
import dev.farmguard.collector.cli.client.ClientConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --server URL --ca FILE --token-file FILE}: the running collector {@code report} fetches from. */
final class ReportServerOptions {

    @Option(names = "--server", required = true, paramLabel = "URL", description = "The API, e.g. https://collector:8443.")
    URI server;

    @Option(names = "--ca", required = true, paramLabel = "FILE",
            description = "The collector's CA (ca.pem in its data directory).")
    Path ca;

    @Option(names = "--token-file", required = true, paramLabel = "FILE",
            description = "A file holding an API token of role viewer or above.")
    Path tokenFile;

    /** The team CLI's HTTPS client for these options; a non-https URL is an {@link IllegalArgumentException}. */
    ApiClient client() throws IOException {
        return ApiClient.of(new ClientConfig(server, ca, tokenFile));
    }
}
