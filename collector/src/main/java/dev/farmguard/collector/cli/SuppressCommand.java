package dev.farmguard.collector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code suppress add|list|remove}: findings not to count, through a running collector's API (analyst to change). */
@Command(name = "suppress", mixinStandardHelpOptions = true,
        description = "Stop counting a rule on a device or a network until a date (the finding stays visible).",
        subcommands = {SuppressCommand.Add.class, SuppressCommand.ListSuppressions.class, SuppressCommand.Remove.class})
final class SuppressCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Exactly one of --device and --network. */
    static final class Target {
        @Option(names = "--device", required = true, paramLabel = "DEVICE_ID")
        String deviceId;

        @Option(names = "--network", required = true, paramLabel = "CIDR", description = "e.g. 203.0.113.0/24")
        String network;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Suppress RULE on a device or a network.")
    static final class Add implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ApiConnectionOptions api;

        @Parameters(paramLabel = "RULE", description = "Rule id, e.g. ip_kvm.usb_identity.")
        String rule;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Option(names = "--expires-in", paramLabel = "DURATION", description = "e.g. 30d, 12h.")
        String expiresIn;

        @Option(names = "--expires-at", paramLabel = "INSTANT", description = "e.g. 2027-03-31T00:00:00Z.")
        String expiresAt;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            Instant expiry;
            try {
                expiry = StoreOptions.expiry(expiresIn, expiresAt);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            if (expiry == null) {
                spec.commandLine().getErr().println("--expires-in or --expires-at: a suppression needs an expiry");
                return 2;
            }
            return api.withClient(spec, (client, out) -> {
                JsonNode s = client.addSuppression(rule, target.deviceId, target.network, expiry, reason);
                if (!api.json) {
                    out.println(describe(s));
                }
                return s;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List suppressions, newest first.")
    static final class ListSuppressions implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ApiConnectionOptions api;

        @Option(names = "--status", defaultValue = "active", paramLabel = "active|expired|removed|all")
        String status;

        @Override
        public Integer call() {
            return api.withClient(spec, (client, out) -> {
                com.fasterxml.jackson.databind.node.ArrayNode all = new com.fasterxml.jackson.databind.ObjectMapper()
                        .createArrayNode();
                String cursor = null;
                do {
                    JsonNode page = client.listSuppressions(status, cursor);
                    page.path("items").forEach(all::add);
                    cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
                } while (cursor != null);
                if (!api.json) {
                    all.forEach(s -> out.println(describe(s)));
                }
                return all;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "End a suppression now (it stays in the history).")
    static final class Remove implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ApiConnectionOptions api;

        @Parameters(paramLabel = "ID", description = "The suppression's id (sup_...).")
        String id;

        @Override
        public Integer call() {
            return api.withClient(spec, (client, out) -> {
                client.removeSuppression(id);
                out.println("removed suppression " + id);
                return null;
            });
        }
    }

    static String describe(JsonNode s) {
        String target = s.path("deviceId").isTextual() ? "device " + s.path("deviceId").asText()
                : "network " + s.path("network").asText();
        return s.path("id").asText() + " " + s.path("status").asText() + " " + s.path("rule").asText() + " on " + target
                + " until " + s.path("expiresAt").asText() + " by " + s.path("createdBy").asText() + " reason=\""
                + s.path("reason").asText() + "\"";
    }
}
