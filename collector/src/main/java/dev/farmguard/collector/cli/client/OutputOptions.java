package dev.farmguard.collector.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.api.CsvCells;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Option;

/** How a client command prints rows: a table that fits the terminal (default), {@code --json} or {@code --csv}. */
public final class OutputOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", description = "Print the API's JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV (spreadsheet formulas neutralised).")
    boolean csv;

    @Option(names = "--width", paramLabel = "N",
            description = "Table width in characters (default: $COLUMNS, else 120).")
    Integer width;

    /** A column: its heading and how to read its cell from a row. */
    public record Column(String heading, Function<JsonNode, String> cell) {}

    /**
     * Prints {@code rows} in the chosen format; {@code whole} is what {@code --json} prints (the API's answer).
     *
     * @throws IllegalArgumentException when both --json and --csv are given
     */
    public void print(PrintWriter out, JsonNode whole, List<JsonNode> rows, List<Column> columns) throws IOException {
        if (json && csv) {
            throw new IllegalArgumentException("give --json or --csv, not both");
        }
        if (json) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(whole));
        } else if (csv) {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(columns.stream().map(Column::heading).toArray(String[]::new)).build());
            for (JsonNode row : rows) {
                for (Column c : columns) {
                    p.print(CsvCells.safe(c.cell().apply(row)));
                }
                p.println();
            }
            p.flush();
        } else {
            new Table(columns.stream().map(Column::heading).toList()).print(out, rows.stream()
                    .map(r -> columns.stream().map(c -> c.cell().apply(r)).toList()).toList(), width());
        }
        out.flush();
    }

    private int width() {
        if (width != null) {
            return width;
        }
        try {
            String columns = System.getenv("COLUMNS");
            return columns == null ? 120 : Math.max(40, Integer.parseInt(columns.trim()));
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    /** A text cell of a JSON field: "" for missing or null. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
    }
}
