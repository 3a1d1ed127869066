package dev.farmguard.collector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code audit}: the audit log of a running collector, newest first (admin token). */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Read the audit log (needs an admin token).")
final class AuditCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ApiConnectionOptions api;

    @Option(names = "--since", paramLabel = "INSTANT", description = "From this time on, e.g. 2027-01-01T00:00:00Z.")
    String since;

    @Option(names = "--until", paramLabel = "INSTANT", description = "Before this time.")
    String until;

    @Option(names = "--actor", paramLabel = "TOKEN", description = "Token id or name.")
    String actor;

    @Option(names = "--action", paramLabel = "ACTION", description = "e.g. query, case.set, token.create.")
    String action;

    @Option(names = "--max", defaultValue = "1000", paramLabel = "N", description = "At most N entries (default 1000).")
    int max;

    @Override
    public Integer call() {
        Instant from;
        Instant to;
        try {
            from = since == null ? null : Instant.parse(since);
            to = until == null ? null : Instant.parse(until);
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("--since/--until: not an ISO-8601 instant like 2027-01-01T00:00:00Z");
            return 2;
        }
        return api.withClient(spec, (client, out) -> {
            ArrayNode all = new ObjectMapper().createArrayNode();
            String cursor = null;
            do {
                JsonNode page = client.audit(actor, action, from, to, cursor);
                for (JsonNode e : page.path("items")) {
                    if (all.size() < max) {
                        all.add(e);
                    }
                }
                cursor = page.path("nextCursor").isTextual() && all.size() < max ? page.path("nextCursor").asText()
                        : null;
            } while (cursor != null);
            if (!api.json) {
                // the API neutralised every field, so each entry prints as one line
                all.forEach(e -> out.println(e.path("at").asText() + " " + e.path("actorName").asText() + " ("
                        + e.path("actorId").asText() + ", " + e.path("role").asText() + ") " + e.path("action").asText()
                        + " " + e.path("method").asText() + " " + e.path("path").asText() + " from "
                        + e.path("clientIp").asText() + (e.path("status").isNull() ? "" : " -> " + e.path("status").asInt())
                        + " " + e.path("parameters").asText()));
            }
            return all;
        });
    }
}
