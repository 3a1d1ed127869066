package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Parameters;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.store.DeviceState;
import dev.farmguard.collector.store.Store;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** GET /api/v1/devices, /api/v1/devices/{id} and /api/v1/devices/{id}/history. */
public final class DeviceRoutes {

    static final int MAX_HISTORY = 1000;

    private final Store store;

    public DeviceRoutes(Store store) {
        this.store = store;
    }

    /** Every device with its verdict, ordered by device id (a JSON array). */
    public ApiResponse list(ApiRequest request, Map<String, String> params, Principal caller) {
        Map<String, Assessment> assessments = store.assessments().stream()
                .collect(Collectors.toMap(Assessment::deviceId, Function.identity()));
        List<Map<String, Object>> out = store.devices().stream()
                .map(d -> DeviceViews.summary(d, assessments.get(d.deviceId()))).toList();
        return ApiResponse.json(200, out);
    }

    /** One device: the list fields, plus its latest snapshot, roster entry and assessment time. */
    public ApiResponse detail(ApiRequest request, Map<String, String> params, Principal caller) {
        String id = params.get("id");
        DeviceState state = store.device(id).orElseThrow(() -> ApiException.notFound("device '" + id + "'"));
        Assessment assessment = store.assessment(id).orElse(null);
        Map<String, Object> m = new LinkedHashMap<>(DeviceViews.summary(state.summary(), assessment));
        m.put("firstSeen", state.summary().firstSeen());
        m.put("latestSequence", state.summary().latestSequence());
        m.put("assessedAt", DeviceViews.assessedAt(assessment));
        m.put("roster", store.rosterEntry(id).orElse(null));
        m.put("snapshot", state.latest());
        return ApiResponse.json(200, m);
    }

    /** Snapshots of one device in [from, to), oldest first; ?from=&to= ISO-8601, ?limit= 1..1000. */
    public ApiResponse history(ApiRequest request, Map<String, String> params, Principal caller) {
        String id = params.get("id");
        Instant from = instant(request, "from", Instant.EPOCH);
        Instant to = instant(request, "to", Parameters.LATEST);
        if (!from.isBefore(to)) {
            throw ApiException.badParameter("from", "must be before 'to'");
        }
        int limit = limit(request);
        if (store.device(id).isEmpty()) {
            throw ApiException.notFound("device '" + id + "'");
        }
        return ApiResponse.json(200, Map.of("deviceId", id, "snapshots", store.history(id, from, to, limit)));
    }

    private static Instant instant(ApiRequest request, String name, Instant fallback) {
        Instant parsed = Parameters.instant(name, request.queryParam(name));
        return parsed == null ? fallback : parsed;
    }

    private static int limit(ApiRequest request) {
        String value = request.queryParam("limit");
        if (value == null) {
            return MAX_HISTORY;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_HISTORY) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badParameter("limit", "'" + value + "' is not a whole number from 1 to " + MAX_HISTORY);
    }
}
