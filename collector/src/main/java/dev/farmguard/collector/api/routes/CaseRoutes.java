package dev.farmguard.collector.api.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Json;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.triage.CaseState;
import dev.farmguard.collector.triage.DeviceCase;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** GET|PUT /api/v1/devices/{id}/case (analyst changes, viewer reads) and GET /api/v1/cases. */
public final class CaseRoutes {

    /** The cases table keys devices by VARCHAR(64). */
    static final int MAX_DEVICE_ID = 64;
    static final int MAX_TEXT = 4000;
    static final int MAX_ASSIGNEE = 200;

    private final Store store;
    private final Clock clock;

    public CaseRoutes(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The device's current case ("none" without one) and every change, oldest first. */
    public ApiResponse get(ApiRequest request, Map<String, String> params, Principal caller) {
        TriageParameters.onlyKnown(request, Set.of(), Set.of());
        String id = existingDevice(params.get("id"));
        Map<String, Object> view = store.cases().current(id).map(CaseRoutes::view).orElseGet(() -> none(id));
        view.put("history", store.cases().history(id).stream().map(CaseRoutes::change).toList());
        return ApiResponse.json(200, view);
    }

    /** Body {"state": "...", "reason": "...", "note": "...", "assignee": "..."}; replaces the current case. */
    public ApiResponse put(ApiRequest request, Map<String, String> params, Principal caller) {
        JsonNode body = Json.object(request, false);
        TriageParameters.onlyKnownFields(body, Set.of("state", "reason", "note", "assignee"));
        CaseState state;
        try {
            state = CaseState.fromApiName(TriageParameters.text(body, "state", 64, true));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("state", e.getMessage());
        }
        String reason = TriageParameters.text(body, "reason", MAX_TEXT, false);
        if (state.needsReason() && reason == null) {
            throw ApiException.badParameter("reason", "required for " + state.apiName() + ": say why the flag was wrong");
        }
        String note = TriageParameters.text(body, "note", MAX_TEXT, false);
        String assignee = TriageParameters.text(body, "assignee", MAX_ASSIGNEE, false);
        String id = params.get("id");
        if (id.length() > MAX_DEVICE_ID) {
            throw ApiException.badParameter("id", "device ids of cases are at most " + MAX_DEVICE_ID + " characters");
        }
        existingDevice(id);
        DeviceCase change = new DeviceCase(id, state, assignee, reason, note, clock.instant(), caller.label());
        store.cases().set(change);
        Map<String, Object> view = view(change);
        view.put("history", store.cases().history(id).stream().map(CaseRoutes::change).toList());
        return ApiResponse.json(200, view);
    }

    /** ?state= (repeatable), ?assignee=, ?limit=, ?cursor=: current cases by device id. */
    public ApiResponse list(ApiRequest request, Map<String, String> params, Principal caller) {
        TriageParameters.onlyKnown(request, Set.of("state", "assignee", "limit", "cursor"), Set.of("state"));
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        for (String s : request.query().getOrDefault("state", List.of())) {
            try {
                states.add(CaseState.fromApiName(s));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("state", e.getMessage());
            }
        }
        int limit = TriageParameters.limit(request);
        List<String> cursor = TriageParameters.cursor(request, 1);
        List<DeviceCase> page = store.cases().page(states, request.queryParam("assignee"),
                cursor == null ? null : cursor.get(0), limit + 1);
        boolean more = page.size() > limit;
        List<DeviceCase> items = more ? page.subList(0, limit) : page;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items.stream().map(CaseRoutes::view).toList());
        out.put("nextCursor", more ? TriageParameters.cursor(items.get(items.size() - 1).deviceId()) : null);
        return ApiResponse.json(200, out);
    }

    private String existingDevice(String id) {
        if (store.device(id).isEmpty()) {
            throw ApiException.notFound("device '" + id + "'");
        }
        return id;
    }

    private static Map<String, Object> none(String deviceId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deviceId", deviceId);
        m.put("state", CaseState.NONE);
        m.put("assignee", null);
        m.put("reason", null);
        m.put("note", null);
        m.put("updatedAt", null);
        m.put("updatedBy", null);
        return m;
    }

    private static Map<String, Object> view(DeviceCase k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deviceId", k.deviceId());
        m.put("state", k.state().apiName());
        m.put("assignee", k.assignee());
        m.put("reason", k.reason());
        m.put("note", k.note());
        m.put("updatedAt", k.updatedAt());
        m.put("updatedBy", k.updatedBy());
        return m;
    }

    private static Map<String, Object> change(DeviceCase k) {
        Map<String, Object> m = view(k);
        m.remove("deviceId");
        return m;
    }
}
