package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Json;
import dev.farmguard.collector.api.Parameters;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.audit.AuditEntry;
import dev.farmguard.collector.audit.AuditQuery;
import dev.farmguard.collector.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GET /api/v1/audit (admin): the audit log newest first, filtered by actor (token id or name), action and time;
 * {@code ?format=csv|jsonl} exports up to {@value #MAX_EXPORT} entries a request, with the next cursor in the
 * {@code X-Next-Cursor} header.
 */
public final class AuditRoutes {

    static final int MAX_EXPORT = 10_000;
    static final String NEXT_CURSOR_HEADER = "X-Next-Cursor";

    private final Store store;

    public AuditRoutes(Store store) {
        this.store = store;
    }

    public ApiResponse list(ApiRequest request, Map<String, String> params, Principal caller) {
        TriageParameters.onlyKnown(request, Set.of("actor", "action", "since", "until", "limit", "cursor", "format"),
                Set.of());
        String format = request.queryParam("format") == null ? "json" : request.queryParam("format");
        if (!Set.of("json", "csv", "jsonl").contains(format)) {
            throw ApiException.badParameter("format", "'" + format + "' is not json, csv or jsonl");
        }
        boolean export = !format.equals("json");
        Instant since = Parameters.instant("since", request.queryParam("since"));
        Instant until = Parameters.instant("until", request.queryParam("until"));
        if (since != null && until != null && !since.isBefore(until)) {
            throw ApiException.badParameter("since", "must be before 'until'");
        }
        int limit = export && request.queryParam("limit") == null ? MAX_EXPORT : exportLimit(request, export);
        List<String> cursor = TriageParameters.cursor(request, 2);
        List<AuditEntry> page = store.audit().page(new AuditQuery(request.queryParam("actor"),
                request.queryParam("action"), since, until,
                cursor == null ? null : TriageParameters.cursorInstant(cursor.get(0)),
                cursor == null ? null : cursor.get(1), limit + 1));
        boolean more = page.size() > limit;
        List<AuditEntry> items = more ? page.subList(0, limit) : page;
        AuditEntry last = items.isEmpty() ? null : items.get(items.size() - 1);
        String next = more ? TriageParameters.cursor(String.valueOf(last.at().toEpochMilli()), last.id()) : null;
        ApiResponse response = switch (format) {
            case "csv" -> ApiResponse.text(200, "text/csv; charset=utf-8", AuditCsv.of(items));
            case "jsonl" -> ApiResponse.text(200, "application/x-ndjson; charset=utf-8", jsonLines(items));
            default -> {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("items", items.stream().map(AuditRoutes::view).toList());
                out.put("nextCursor", next);
                yield ApiResponse.json(200, out);
            }
        };
        return export && next != null ? response.withHeader(NEXT_CURSOR_HEADER, next) : response;
    }

    private static int exportLimit(ApiRequest request, boolean export) {
        if (!export) {
            return TriageParameters.limit(request);
        }
        String value = request.queryParam("limit");
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_EXPORT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badParameter("limit", "'" + value + "' is not a whole number from 1 to " + MAX_EXPORT);
    }

    private static String jsonLines(List<AuditEntry> items) {
        StringBuilder out = new StringBuilder();
        for (AuditEntry e : items) {
            out.append(new String(Json.bytes(view(e)), StandardCharsets.UTF_8)).append('\n');
        }
        return out.toString();
    }

    static Map<String, Object> view(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("at", e.at());
        m.put("actorId", e.actorId());
        m.put("actorName", e.actorName());
        m.put("role", e.role());
        m.put("action", e.action());
        m.put("method", e.method());
        m.put("route", e.route());
        m.put("path", e.path());
        m.put("parameters", e.parameters());
        m.put("clientIp", e.clientIp());
        m.put("status", e.status());
        return m;
    }
}
