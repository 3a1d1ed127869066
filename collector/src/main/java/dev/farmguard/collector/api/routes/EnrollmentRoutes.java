package dev.farmguard.collector.api.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Parameters;
import dev.farmguard.collector.api.Json;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.enroll.EnrollmentToken;
import dev.farmguard.collector.enroll.EnrollmentTokens;
import dev.farmguard.collector.enroll.RevocationList;
import dev.farmguard.collector.enroll.TokenPurpose;
import dev.farmguard.collector.store.Store;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Enrollment (admin): POST/GET /api/v1/enrollment-tokens, DELETE /api/v1/enrollment-tokens/{id}, and
 * POST /api/v1/devices/{id}/revoke. Token secrets are shown once, at creation.
 */
public final class EnrollmentRoutes {

    private final EnrollmentTokens tokens;
    private final RevocationList revocations;
    private final Store store;

    public EnrollmentRoutes(EnrollmentTokens tokens, RevocationList revocations, Store store) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.store = store;
    }

    /** Body (every field optional): {"purpose": "device", "expiresAt": "2027-01-01T00:00:00Z", "maxUses": 50, "note": "..."}. */
    public ApiResponse create(ApiRequest request, Map<String, String> params, Principal caller) {
        JsonNode body = Json.object(request, true);
        TokenPurpose purpose;
        try {
            purpose = TokenPurpose.fromApiName(body.path("purpose").asText("device"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("purpose", e.getMessage());
        }
        Instant expiresAt = Parameters.instant("expiresAt",
                body.hasNonNull("expiresAt") ? body.get("expiresAt").asText() : null);
        Integer maxUses = null;
        if (body.hasNonNull("maxUses")) {
            JsonNode n = body.get("maxUses");
            if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
                throw ApiException.badParameter("maxUses", "a whole number of at least 1 (leave it out for no limit)");
            }
            maxUses = n.asInt();
        }
        String note = body.path("note").asText("");
        EnrollmentTokens.Created created;
        try {
            created = tokens.create(purpose, note, expiresAt, maxUses);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        Map<String, Object> view = view(created.token());
        view.put("token", created.secret());
        return ApiResponse.json(201, view);
    }

    public ApiResponse list(ApiRequest request, Map<String, String> params, Principal caller) {
        return ApiResponse.json(200, tokens.list().stream().map(EnrollmentRoutes::view).toList());
    }

    public ApiResponse revoke(ApiRequest request, Map<String, String> params, Principal caller) {
        // checked before the write, so an unknown id changes nothing and leaves no audit entry
        if (tokens.list().stream().noneMatch(t -> t.id().equals(params.get("id"))) || !tokens.revoke(params.get("id"))) {
            throw ApiException.notFound("enrollment token '" + params.get("id") + "'");
        }
        return ApiResponse.noContent();
    }

    /** Revokes a device: its certificate is refused from now on, its open connections close, it cannot re-enroll. */
    public ApiResponse revokeDevice(ApiRequest request, Map<String, String> params, Principal caller) {
        String id = params.get("id");
        if (store.enrollments().enrollment(id).isEmpty() && store.device(id).isEmpty()) {
            throw ApiException.notFound("device '" + id + "'");
        }
        boolean fresh = revocations.revoke(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deviceId", id);
        m.put("revoked", true);
        m.put("alreadyRevoked", !fresh);
        return ApiResponse.json(200, m);
    }

    static Map<String, Object> view(EnrollmentToken t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("purpose", t.purpose().apiName());
        m.put("note", t.note());
        m.put("createdAt", t.createdAt());
        m.put("expiresAt", t.expiresAt());
        m.put("maxUses", t.maxUses());
        m.put("uses", t.uses());
        m.put("revoked", t.revoked());
        return m;
    }
}
