package dev.farmguard.collector.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code devices list [filters]}: devices from a running collector's API, one page or all of them. */
@Command(name = "devices", mixinStandardHelpOptions = true, description = "Query devices on a running collector.",
        subcommands = DevicesCommand.ListDevices.class)
public final class DevicesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final List<OutputOptions.Column> COLUMNS = List.of(
            new OutputOptions.Column("DEVICE", d -> OutputOptions.text(d, "deviceId")),
            new OutputOptions.Column("HOSTNAME", d -> OutputOptions.text(d, "hostname")),
            new OutputOptions.Column("VERDICT", d -> OutputOptions.text(d, "verdict")),
            new OutputOptions.Column("RISK", d -> OutputOptions.text(d, "risk")),
            new OutputOptions.Column("LAST SEEN", d -> OutputOptions.text(d, "lastSeen")),
            new OutputOptions.Column("PUBLIC IP", d -> OutputOptions.text(d, "publicIp")),
            new OutputOptions.Column("EMPLOYEE", d -> OutputOptions.text(d.path("employee"), "name")),
            new OutputOptions.Column("COUNTRY", d -> OutputOptions.text(d, "country")),
            new OutputOptions.Column("CASE", d -> OutputOptions.text(d, "caseState")),
            new OutputOptions.Column("REVOKED", d -> d.path("revoked").asBoolean() ? "yes" : ""),
            new OutputOptions.Column("FAMILIES", d -> families(d)));

    private static String families(JsonNode d) {
        List<String> out = new ArrayList<>();
        d.path("families").forEach(f -> out.add(f.asText()));
        return String.join(",", out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List devices matching the filters, highest risk first unless --sort says otherwise.",
                "One page (--limit) at a time: the next page's --cursor is printed on stderr; --all follows every page."})
    static final class ListDevices extends ClientCommand {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Mixin
        DeviceFilterOptions filters;

        @Mixin
        OutputOptions output;

        @Option(names = "--limit", paramLabel = "N", description = "Devices per page, 1-500 (default 100).")
        Integer limit;

        @Option(names = "--cursor", paramLabel = "C", description = "Continue after the page that printed this cursor.")
        String cursor;

        @Option(names = "--all", description = "Follow the cursor through every page.")
        boolean all;

        @Override
        protected int execute(ApiClient client, PrintWriter out) throws IOException, ApiClientException {
            Map<String, List<String>> query = new LinkedHashMap<>(filters.query());
            if (limit != null) {
                query.put("limit", List.of(limit.toString()));
            }
            List<JsonNode> rows = new ArrayList<>();
            String next = cursor;
            do {
                if (next != null) {
                    query.put("cursor", List.of(next));
                }
                JsonNode page = client.get("/api/v1/devices", query);
                page.path("items").forEach(rows::add);
                next = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
            } while (all && next != null);
            ObjectNode whole = JSON.createObjectNode();
            ArrayNode items = whole.putArray("items");
            rows.forEach(items::add);
            whole.put("nextCursor", next);
            output.print(out, whole, rows, COLUMNS);
            if (next != null) {
                spec.commandLine().getErr().println("more devices: add --cursor " + next + " (or --all)");
            }
            return 0;
        }
    }
}
