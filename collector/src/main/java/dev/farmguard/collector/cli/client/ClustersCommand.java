package dev.farmguard.collector.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code clusters}: co-location groups found by the fleet rules, from a running collector. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "List the groups of laptops that share a network, remote operator or IP-KVM (largest first).")
public final class ClustersCommand extends ClientCommand {

    @Option(names = "--kind", paramLabel = "K", description = "public_ip, gateway_mac, bssid, remote_peer or kvm_identity.")
    String kind;

    @Option(names = "--min-size", paramLabel = "N", description = "Members at least N (default 2).")
    Integer minSize;

    @Option(names = "--device", paramLabel = "ID", description = "Only the clusters of this device.")
    String device;

    @Mixin
    OutputOptions output;

    static final List<OutputOptions.Column> COLUMNS = List.of(
            new OutputOptions.Column("KIND", c -> OutputOptions.text(c, "kind")),
            new OutputOptions.Column("SHARED", c -> OutputOptions.text(c, "shared")),
            new OutputOptions.Column("DEVICES", c -> OutputOptions.text(c, "size")),
            new OutputOptions.Column("EMPLOYEES", c -> OutputOptions.text(c, "employees")),
            new OutputOptions.Column("FROM", c -> OutputOptions.text(c, "from")),
            new OutputOptions.Column("TO", c -> OutputOptions.text(c, "to")),
            new OutputOptions.Column("MEMBERS", ClustersCommand::members));

    private static String members(JsonNode c) {
        List<String> out = new ArrayList<>();
        c.path("members").forEach(m -> out.add(OutputOptions.text(m, "deviceId")));
        return String.join(",", out);
    }

    @Override
    protected int execute(ApiClient client, PrintWriter out) throws IOException, ApiClientException {
        JsonNode answer;
        if (device != null) {
            answer = client.get("/api/v1/devices/" + URLEncoder.encode(device, StandardCharsets.UTF_8)
                    .replace("+", "%20") + "/clusters", Map.of());
        } else {
            Map<String, List<String>> q = new LinkedHashMap<>();
            if (kind != null) {
                q.put("kind", List.of(kind));
            }
            if (minSize != null) {
                q.put("min_size", List.of(minSize.toString()));
            }
            answer = client.get("/api/v1/clusters", q);
        }
        List<JsonNode> rows = new ArrayList<>();
        answer.path("items").forEach(rows::add);
        output.print(out, answer, rows, COLUMNS);
        return 0;
    }
}
