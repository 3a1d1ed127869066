package dev.farmguard.agent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.farmguard.agent.replay.ReplayRunner;
import dev.farmguard.agent.replay.ReplaySummary;
import dev.farmguard.agent.transport.CollectorConnector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code replay}: send recorded snapshots (JSON lines) over the real wire protocol. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Send recorded snapshots to the collector over the real wire protocol.",
            "Each line of FILE: {\"observedIp\": \"203.0.113.7\", \"snapshot\": {...canonical JSON...}}.",
            "observedIp is sent as a PROXY protocol v2 header, so the collector must trust this host as a proxy.",
            "Prints a JSON summary on stdout; bad lines and unacknowledged records on stderr with their line number."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CollectorOptions collector;

    @Option(names = "--file", required = true, paramLabel = "F.jsonl", description = "JSON-lines file to replay.")
    Path file;

    @Option(names = "--enroll-token", paramLabel = "TOKEN",
            description = "A replay enrollment token (farmguard-collector enrollment-token create --purpose replay): "
                    + "each recorded device id is enrolled with it, so the sessions are mutually authenticated.")
    String enrollToken;

    @Option(names = "--lanes", paramLabel = "N", defaultValue = "4",
            description = "Parallel senders; each owns a hash-partition of device ids (default: ${DEFAULT-VALUE}).")
    int lanes;

    @Option(names = "--window", paramLabel = "N", defaultValue = "32",
            description = "Unacknowledged snapshots per session (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "1024",
            description = "Sessions kept open at once, shared by the lanes; a file interleaving more devices than "
                    + "this reconnects often (default: ${DEFAULT-VALUE}).")
    int maxSessions;

    @Option(names = "--ack-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "A snapshot not acknowledged within this is an error (default: ${DEFAULT-VALUE}).")
    long ackTimeoutSeconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), "--file: " + file + " is not a readable file");
        }
        ReplayRunner.Options options;
        try {
            ReplayRunner.Options defaults = ReplayRunner.Options.defaults();
            options = new ReplayRunner.Options(lanes, window, Duration.ofSeconds(ackTimeoutSeconds),
                    Math.max(1, maxSessions / Math.max(1, lanes)), defaults.connectAttempts());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lanes/--window/--max-sessions: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        ReplaySummary summary;
        try (CollectorConnector connector = collector.connector(spec, Math.min(lanes, 4))) {
            summary = new ReplayRunner(connector, options, enrollToken, problem -> {
                err.println("farmguard-agent replay: " + problem);
                err.flush();
            }).run(file);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(toJson(summary));
        out.flush();
        return summary.success() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    static String toJson(ReplaySummary summary) {
        ObjectNode json = new ObjectMapper().createObjectNode()
                .put("lines", summary.lines())
                .put("sent", summary.sent())
                .put("acked", summary.acked())
                .put("duplicates", summary.duplicates())
                .put("errors", summary.errors())
                .put("badLines", summary.badLines())
                .put("connections", summary.connections())
                .put("elapsedMillis", summary.elapsedMillis())
                .put("ackedPerSecond", Math.round(summary.ackedPerSecond() * 10) / 10.0);
        return json.toString();
    }
}
