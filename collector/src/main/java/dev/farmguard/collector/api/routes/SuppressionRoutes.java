package dev.farmguard.collector.api.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Json;
import dev.farmguard.collector.api.Parameters;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.auth.TokenSecrets;
import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.detect.Family;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.SuppressionStore;
import dev.farmguard.collector.triage.Suppression;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * GET|POST /api/v1/suppressions and DELETE /api/v1/suppressions/{id}. After a change the covered devices are scored
 * again before the answer, so the caller sees the new verdict at once.
 */
public final class SuppressionRoutes {

    static final int MAX_RULE = 128;
    static final int MAX_DEVICE_ID = 128;

    private final Store store;
    private final Clock clock;
    private final Runnable rescore;

    /** @param rescore applies the suppressions now (refresh and re-score the devices they cover) */
    public SuppressionRoutes(Store store, Clock clock, Runnable rescore) {
        this.store = store;
        this.clock = clock;
        this.rescore = rescore;
    }

    /** Body {"rule", "deviceId" | "network", "expiresAt", "reason"}. */
    public ApiResponse create(ApiRequest request, Map<String, String> params, Principal caller) {
        JsonNode body = Json.object(request, false);
        TriageParameters.onlyKnownFields(body, Set.of("rule", "deviceId", "network", "expiresAt", "reason"));
        String rule = TriageParameters.text(body, "rule", MAX_RULE, true);
        try {
            Family.ofRule(rule);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("rule", e.getMessage());
        }
        String deviceId = TriageParameters.text(body, "deviceId", MAX_DEVICE_ID, false);
        String networkText = TriageParameters.text(body, "network", 64, false);
        if ((deviceId == null) == (networkText == null)) {
            throw ApiException.badParameter(deviceId == null ? "deviceId" : "network",
                    "give exactly one of deviceId and network");
        }
        String network = null;
        if (networkText != null) {
            try {
                network = Cidr.parse(networkText).toString();
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("network", e.getMessage());
            }
        }
        Instant now = clock.instant();
        Instant expiresAt = Parameters.instant("expiresAt", TriageParameters.text(body, "expiresAt", 64, true));
        if (!expiresAt.isAfter(now)) {
            throw ApiException.badParameter("expiresAt", "must be in the future");
        }
        String reason = TriageParameters.text(body, "reason", CaseRoutes.MAX_TEXT, true);
        if (deviceId != null && store.device(deviceId).isEmpty()) {
            throw ApiException.notFound("device '" + deviceId + "'");
        }
        Suppression s = new Suppression(TokenSecrets.newId("sup_"), rule, deviceId, network, reason, now,
                caller.label(), expiresAt, null, null);
        store.suppressions().save(s);
        rescore.run();
        return ApiResponse.json(201, view(s, now));
    }

    /** ?status=active|expired|removed|all (default active), ?rule=, ?deviceId=, ?limit=, ?cursor=; newest first. */
    public ApiResponse list(ApiRequest request, Map<String, String> params, Principal caller) {
        TriageParameters.onlyKnown(request, Set.of("status", "rule", "deviceId", "limit", "cursor"), Set.of());
        SuppressionStore.Status status;
        String statusText = request.queryParam("status");
        try {
            status = statusText == null ? SuppressionStore.Status.ACTIVE
                    : SuppressionStore.Status.valueOf(statusText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("status", "'" + statusText + "' is not active, expired, removed or all");
        }
        int limit = TriageParameters.limit(request);
        List<String> cursor = TriageParameters.cursor(request, 2);
        Instant now = clock.instant();
        List<Suppression> page = store.suppressions().page(status, request.queryParam("rule"),
                request.queryParam("deviceId"), now,
                cursor == null ? null : TriageParameters.cursorInstant(cursor.get(0)),
                cursor == null ? null : cursor.get(1), limit + 1);
        boolean more = page.size() > limit;
        List<Suppression> items = more ? page.subList(0, limit) : page;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items.stream().map(s -> view(s, now)).toList());
        Suppression last = items.isEmpty() ? null : items.get(items.size() - 1);
        out.put("nextCursor", more ? TriageParameters.cursor(String.valueOf(last.createdAt().toEpochMilli()),
                last.id()) : null);
        return ApiResponse.json(200, out);
    }

    /** Ends a suppression now; the row stays, with who removed it and when. */
    public ApiResponse remove(ApiRequest request, Map<String, String> params, Principal caller) {
        String id = params.get("id");
        Suppression s = store.suppressions().byId(id)
                .orElseThrow(() -> ApiException.notFound("suppression '" + id + "'"));
        if (s.removedAt() != null) {
            throw new ApiException(409, "suppression '" + id + "' was removed already, at " + s.removedAt());
        }
        if (!store.suppressions().remove(id, clock.instant(), caller.label())) {
            throw new ApiException(409, "suppression '" + id + "' was removed already");
        }
        rescore.run();
        return ApiResponse.noContent();
    }

    static Map<String, Object> view(Suppression s, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("rule", s.rule());
        m.put("deviceId", s.deviceId());
        m.put("network", s.network());
        m.put("reason", s.reason());
        m.put("status", s.status(now));
        m.put("createdAt", s.createdAt());
        m.put("createdBy", s.createdBy());
        m.put("expiresAt", s.expiresAt());
        m.put("removedAt", s.removedAt());
        m.put("removedBy", s.removedBy());
        return m;
    }
}
