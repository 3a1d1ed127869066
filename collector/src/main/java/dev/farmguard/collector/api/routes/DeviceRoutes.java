package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Parameters;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.store.DeviceQuery;
import dev.farmguard.collector.store.DeviceRow;
import dev.farmguard.collector.store.DeviceState;
import dev.farmguard.collector.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GET /api/v1/devices (filtered, keyset-paged), /api/v1/devices/{id}, /api/v1/devices/{id}/history and
 * /api/v1/devices/{id}/timeline.
 */
public final class DeviceRoutes {

    static final int MAX_HISTORY = 1000;
    /** A timeline without {@code from} covers this much before its end. */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private final Store store;
    private final DeviceTimeline timeline;

    public DeviceRoutes(Store store, IpIntel ips) {
        this.store = store;
        this.timeline = new DeviceTimeline(ips);
    }

    /** One page of devices: {"items": [...], "nextCursor": "..." | null}. */
    public ApiResponse list(ApiRequest request, Map<String, String> params, Principal caller) {
        int limit = Parameters.integer(request, "limit", 1, DeviceFilters.MAX_LIMIT, DeviceFilters.DEFAULT_LIMIT);
        // one row more than asked tells whether another page follows, without a count
        DeviceQuery query = DeviceFilters.parse(request, Set.of("limit", "cursor"), limit + 1);
        String cursor = request.queryParam("cursor");
        if (cursor != null) {
            query = query.after(DeviceCursor.decode(cursor, query.sort()));
        }
        List<DeviceRow> rows = store.queries().page(query);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = DeviceCursor.encode(query.sort(), rows.get(limit - 1).pageKey(query.sort()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", rows.stream().map(DeviceViews::row).toList());
        out.put("nextCursor", next);
        return ApiResponse.json(200, out);
    }

    /**
     * One device: the list fields, its first sighting, latest sequence and assessment time, its roster entry, its
     * revocation (in the list fields) and its latest snapshot (the current signals).
     */
    public ApiResponse detail(ApiRequest request, Map<String, String> params, Principal caller) {
        Parameters.requireKnown(request, Set.of(), Set.of());
        String id = params.get("id");
        DeviceState state = store.device(id).orElseThrow(() -> ApiException.notFound("device '" + id + "'"));
        DeviceRow row = store.queries().row(id);
        Assessment assessment = store.assessment(id).orElse(null);
        Map<String, Object> m = new LinkedHashMap<>(row == null ? DeviceViews.summary(state.summary(), assessment)
                : DeviceViews.row(row));
        m.put("firstSeen", state.summary().firstSeen());
        m.put("latestSequence", state.summary().latestSequence());
        m.put("assessedAt", DeviceViews.assessedAt(assessment));
        m.put("roster", store.rosterEntry(id).orElse(null));
        m.put("snapshot", state.latest());
        return ApiResponse.json(200, m);
    }

    /** Snapshots of one device in [from, to), oldest first; ?from=&to= ISO-8601, ?limit= 1..1000. */
    public ApiResponse history(ApiRequest request, Map<String, String> params, Principal caller) {
        Parameters.requireKnown(request, Set.of("from", "to", "limit"), Set.of());
        String id = params.get("id");
        Instant from = instant(request, "from", Instant.EPOCH);
        Instant to = instant(request, "to", Parameters.LATEST);
        if (!from.isBefore(to)) {
            throw ApiException.badParameter("from", "must be before 'to'");
        }
        int limit = Parameters.integer(request, "limit", 1, MAX_HISTORY, MAX_HISTORY);
        if (store.device(id).isEmpty()) {
            throw ApiException.notFound("device '" + id + "'");
        }
        return ApiResponse.json(200, Map.of("deviceId", id, "snapshots", store.history(id, from, to, limit)));
    }

    /**
     * Verdict changes and the network/location timeline of one device in [from, to): by default the 30 days up to
     * its last check-in. At most 1,000 check-ins are read (the newest); {@code truncated} says when more existed.
     */
    public ApiResponse timeline(ApiRequest request, Map<String, String> params, Principal caller) {
        Parameters.requireKnown(request, Set.of("from", "to"), Set.of());
        String id = params.get("id");
        DeviceState state = store.device(id).orElseThrow(() -> ApiException.notFound("device '" + id + "'"));
        Instant to = instant(request, "to", state.summary().lastSeen().plusMillis(1));
        Instant from = instant(request, "from", to.minus(DEFAULT_WINDOW));
        if (!from.isBefore(to)) {
            throw ApiException.badParameter("from", "must be before 'to'");
        }
        var snapshots = store.recentHistory(id, from, to, MAX_HISTORY + 1);
        boolean truncated = snapshots.size() > MAX_HISTORY;
        if (truncated) {
            snapshots = snapshots.subList(1, snapshots.size());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deviceId", id);
        m.put("from", from);
        m.put("to", to);
        m.put("truncated", truncated);
        m.putAll(timeline.build(store.queries().verdictHistory(id, from, to, MAX_HISTORY), snapshots));
        return ApiResponse.json(200, m);
    }

    private static Instant instant(ApiRequest request, String name, Instant fallback) {
        Instant parsed = Parameters.instant(name, request.queryParam(name));
        return parsed == null ? fallback : parsed;
    }
}
