package dev.farmguard.collector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.cli.client.ApiCallException;
import dev.farmguard.collector.cli.client.HttpsTriageClient;
import dev.farmguard.collector.cli.client.TriageClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --server URL --ca FILE --token-file FILE [--json]} for commands that talk to a running collector's API. */
final class ApiConnectionOptions {

    @Option(names = "--server", required = true, paramLabel = "URL", description = "The API, e.g. https://collector:8443.")
    URI server;

    @Option(names = "--ca", required = true, paramLabel = "FILE", description = "The collector's CA (ca.pem in its data directory).")
    Path ca;

    @Option(names = "--token-file", required = true, paramLabel = "FILE",
            description = "A file holding the API token (kept out of the command line and shell history).")
    Path tokenFile;

    @Option(names = "--json", description = "Print the API's JSON answer instead of a summary.")
    boolean json;

    /** Runs {@code work} with a client: unreadable files or a bad URL exit 2, a refused or failed call 1. */
    int withClient(CommandLine.Model.CommandSpec spec, ClientWork work) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TriageClient client;
        try {
            String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            client = HttpsTriageClient.connect(server, ca, token);
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot use --server/--ca/--token-file: " + e.getMessage());
            return 2;
        }
        try {
            JsonNode answer = work.run(client, out);
            if (json && answer != null) {
                out.println(answer.toPrettyString());
            }
            return 0;
        } catch (ApiCallException e) {
            err.println((e.status() == 0 ? "" : "HTTP " + e.status() + ": ") + e.getMessage());
            return 1;
        }
    }

    /** What a command does with the client; returns the answer to print with --json (null when nothing). */
    @FunctionalInterface
    interface ClientWork {
        JsonNode run(TriageClient client, PrintWriter out);
    }
}
