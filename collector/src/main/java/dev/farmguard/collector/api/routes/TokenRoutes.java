package dev.farmguard.collector.api.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Parameters;
import dev.farmguard.collector.api.Json;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.auth.TokenService;
import dev.farmguard.collector.store.Store;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Token management (admin): POST/GET /api/v1/tokens, DELETE /api/v1/tokens/{id}. Secrets are shown once. */
public final class TokenRoutes {

    private final Store store;
    private final TokenService tokens;

    public TokenRoutes(Store store, TokenService tokens) {
        this.store = store;
        this.tokens = tokens;
    }

    /** Body: {"role": "analyst", "name": "soc dashboard", "expiresAt": "2027-01-01T00:00:00Z"}. */
    public ApiResponse create(ApiRequest request, Map<String, String> params, Principal caller) {
        JsonNode body = Json.object(request, false);
        Role role;
        try {
            role = Role.fromApiName(body.path("role").asText(""));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("role", e.getMessage());
        }
        String name = body.path("name").asText("");
        if (name.isBlank() || name.length() > 200) {
            throw ApiException.badParameter("name", "give the token a name of 1-200 characters");
        }
        Instant expiresAt = Parameters.instant("expiresAt",
                body.hasNonNull("expiresAt") ? body.get("expiresAt").asText() : null);
        TokenService.CreatedToken created;
        try {
            created = tokens.create(role, name, expiresAt);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("expiresAt", e.getMessage());
        }
        Map<String, Object> view = view(created.token());
        view.put("token", created.secret());
        return ApiResponse.json(201, view);
    }

    public ApiResponse list(ApiRequest request, Map<String, String> params, Principal caller) {
        return ApiResponse.json(200, store.tokens().stream().map(TokenRoutes::view).toList());
    }

    public ApiResponse revoke(ApiRequest request, Map<String, String> params, Principal caller) {
        // checked before the write, so an unknown id changes nothing and leaves no "token.revoke" in the audit log
        if (store.tokens().stream().noneMatch(t -> t.id().equals(params.get("id")))
                || !store.revokeToken(params.get("id"))) {
            throw ApiException.notFound("token '" + params.get("id") + "'");
        }
        return ApiResponse.noContent();
    }

    private static Map<String, Object> view(ApiToken t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("role", t.role().apiName());
        m.put("name", t.name());
        m.put("createdAt", t.createdAt());
        m.put("expiresAt", t.expiresAt());
        m.put("revoked", t.revoked());
        return m;
    }
}
