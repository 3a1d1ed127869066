package dev.farmguard.collector.api.routes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.CsvCells;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.store.DeviceQuery;
import dev.farmguard.collector.store.DeviceRow;
import dev.farmguard.collector.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * GET /api/v1/devices/export?format=csv|json&amp;(the list filters): every matching device, streamed from a
 * database cursor to the client, so a 100,000-device export never sits in memory.
 */
public final class ExportRoutes {

    static final String[] CSV_HEADER = {"device_id", "hostname", "last_seen", "public_ip", "risk", "verdict",
        "employee_id", "employee_name", "email", "country", "case_state", "revoked", "families", "rules",
        "explanation"};

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Store store;

    public ExportRoutes(Store store) {
        this.store = store;
    }

    public ApiResponse devices(ApiRequest request, Map<String, String> params, Principal caller) {
        DeviceQuery query = DeviceFilters.parse(request, Set.of("format"), Integer.MAX_VALUE);
        String format = request.queryParam("format");
        if (format == null) {
            throw ApiException.badParameter("format", "is required: csv or json");
        }
        return switch (format) {
            case "csv" -> ApiResponse.streamed("text/csv; charset=utf-8", out -> csv(query, out))
                    .withHeader("Content-Disposition", "attachment; filename=\"farmguard-devices.csv\"");
            case "json" -> ApiResponse.streamed(ApiResponse.JSON, out -> json(query, out))
                    .withHeader("Content-Disposition", "attachment; filename=\"farmguard-devices.json\"");
            default -> throw ApiException.badParameter("format", "'" + format + "' is not csv or json");
        };
    }

    private void csv(DeviceQuery query, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).build())) {
            store.queries().stream(query, row -> csv.printRecord(csvRecord(row)));
        }
    }

    static Object[] csvRecord(DeviceRow d) {
        DeviceRow.Employee e = d.employee();
        String[] cells = {d.deviceId(), d.hostname(), d.lastSeen().toString(), d.publicIp(), Integer.toString(d.risk()),
            d.verdict().apiName(), e == null ? "" : e.id(), e == null ? "" : e.name(), e == null ? "" : e.email(),
            e == null ? "" : e.country(), d.caseState(), Boolean.toString(d.revoked()),
            String.join(";", DeviceViews.families(d.findings())),
            d.findings().stream().map(Finding::rule).distinct().collect(Collectors.joining(";")), d.explanation()};
        Object[] out = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = CsvCells.safe(cells[i]);
        }
        return out;
    }

    private void json(DeviceQuery query, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartArray();
            store.queries().stream(query, row -> JSON.writeValue(g, DeviceViews.row(row)));
            g.writeEndArray();
        }
    }
}
