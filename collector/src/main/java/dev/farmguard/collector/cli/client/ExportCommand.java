package dev.farmguard.collector.cli.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export --format csv|json --out FILE [filters]}: every matching device, streamed into a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every device matching the filters from a running collector into a CSV or JSON file.")
public final class ExportCommand extends ClientCommand {

    @Option(names = "--format", required = true, paramLabel = "csv|json", description = "csv or json.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (replaced).")
    Path out;

    @Mixin
    DeviceFilterOptions filters;

    @Override
    protected int execute(ApiClient client, PrintWriter stdout) throws IOException, ApiClientException {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("format", List.of(format));
        query.putAll(filters.query());
        long bytes = client.download("/api/v1/devices/export", query, out);
        stdout.println("wrote " + bytes + " bytes to " + out);
        return 0;
    }
}
