package dev.farmguard.collector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code case set|show}: a device's case, through a running collector's API (analyst to change). */
@Command(name = "case", mixinStandardHelpOptions = true, description = "Record or show the team's decision on a device.",
        subcommands = {CaseCommand.Set.class, CaseCommand.Show.class})
final class CaseCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set a device's case (every change is kept).")
    static final class Set implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ApiConnectionOptions api;

        @Parameters(index = "0", paramLabel = "DEVICE_ID")
        String deviceId;

        @Parameters(index = "1", paramLabel = "STATE", description = "acknowledged, investigating, resolved or false_positive.")
        String state;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required for false_positive).")
        String reason;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Option(names = "--assignee", paramLabel = "NAME")
        String assignee;

        @Override
        public Integer call() {
            return api.withClient(spec, (client, out) -> {
                JsonNode c = client.setCase(deviceId, state, reason, note, assignee);
                if (!api.json) {
                    out.println(describe(c));
                }
                return c;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a device's case and its history.")
    static final class Show implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ApiConnectionOptions api;

        @Parameters(paramLabel = "DEVICE_ID")
        String deviceId;

        @Override
        public Integer call() {
            return api.withClient(spec, (client, out) -> {
                JsonNode c = client.getCase(deviceId);
                if (!api.json) {
                    out.println(describe(c));
                    for (JsonNode h : c.path("history")) {
                        out.println("  " + h.path("updatedAt").asText() + " " + h.path("state").asText() + " by "
                                + h.path("updatedBy").asText() + text(" reason", h.path("reason"))
                                + text(" note", h.path("note")) + text(" assignee", h.path("assignee")));
                    }
                }
                return c;
            });
        }
    }

    static String describe(JsonNode c) {
        return c.path("deviceId").asText() + " " + c.path("state").asText() + text(" assignee", c.path("assignee"))
                + text(" reason", c.path("reason")) + text(" note", c.path("note"));
    }

    static String text(String label, JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "" : label + "=\"" + value.asText() + "\"";
    }
}
