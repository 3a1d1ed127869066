package dev.farmguard.collector.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code device show ID}: one device from a running collector: verdict, holder, findings with their evidence. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one device from a running collector (GET /api/v1/devices/{id}); --json for everything.")
public final class DeviceShowCommand extends ClientCommand {

    @Parameters(paramLabel = "DEVICE_ID", description = "The device id.")
    String deviceId;

    @Mixin
    OutputOptions output;

    private static final List<String> FIELDS = List.of("deviceId", "hostname", "verdict", "risk", "explanation",
            "lastSeen", "firstSeen", "publicIp", "country", "caseState", "revoked", "families");

    @Override
    protected int execute(ApiClient client, PrintWriter out) throws IOException, ApiClientException {
        JsonNode d = client.get("/api/v1/devices/" + URLEncoder.encode(deviceId, StandardCharsets.UTF_8)
                .replace("+", "%20"), Map.of());
        List<JsonNode> findings = new ArrayList<>();
        d.path("findings").forEach(findings::add);
        if (output.json || output.csv) {
            output.print(out, d, findings, FINDING_COLUMNS);
            return 0;
        }
        for (String field : FIELDS) {
            out.printf("%-12s %s%n", field, OutputOptions.text(d, field));
        }
        JsonNode e = d.path("employee");
        out.printf("%-12s %s%n", "employee", e.isObject() ? OutputOptions.text(e, "name") + " <"
                + OutputOptions.text(e, "email") + "> (" + OutputOptions.text(e, "id") + ")" : "not on the roster");
        out.println();
        output.print(out, d, findings, FINDING_COLUMNS);
        return 0;
    }

    static final List<OutputOptions.Column> FINDING_COLUMNS = List.of(
            new OutputOptions.Column("RULE", f -> OutputOptions.text(f, "rule")),
            new OutputOptions.Column("SEVERITY", f -> OutputOptions.text(f, "severity")),
            new OutputOptions.Column("SUMMARY", f -> OutputOptions.text(f, "summary")),
            new OutputOptions.Column("EVIDENCE", f -> f.path("evidence").toString()));
}
