package dev.farmguard.collector.cli.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code login --server URL --ca FILE --token-file FILE}: checks that the collector answers over TLS with that CA and
 * accepts the token, then writes the CLI configuration the other client commands read.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Remember a collector for the client commands (devices, device show, clusters, export).",
            "The token stays in its file; the configuration (owner-only) names the file."})
public final class LoginCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ClientOptions connection;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "https://HOST:PORT of the API.")
    URI server;

    @Option(names = "--ca", required = true, paramLabel = "FILE", description = "The collector's CA (DATA/ca.pem).")
    Path ca;

    @Option(names = "--token-file", required = true, paramLabel = "FILE", description = "File holding an API token.")
    Path tokenFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ClientConfig config = new ClientConfig(server, ca, tokenFile);
            ApiClient.of(config).get("/api/v1/devices", Map.of("limit", List.of("1")));
            config.write(connection.configPath());
            out.println("logged in to " + server + "; configuration in " + connection.configPath());
            return 0;
        } catch (ApiClientException e) {
            err.println("farmguard-collector: " + server + " refused the token (" + e.status() + "): " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException | IOException e) {
            err.println("farmguard-collector: cannot log in to " + server + ": " + e.getMessage());
            return 2;
        }
    }
}
