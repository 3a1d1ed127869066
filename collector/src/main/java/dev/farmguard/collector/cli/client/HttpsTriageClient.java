package dev.farmguard.collector.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link TriageClient} over the team CLI's one HTTPS client ({@link ApiClient}: the collector's CA, a bearer token). */
public final class HttpsTriageClient implements TriageClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;

    private HttpsTriageClient(ApiClient api) {
        this.api = api;
    }

    /**
     * @param server the API's base URL, e.g. https://collector.example:8443
     * @param caPem  the collector's CA certificate (ca.pem in its data directory)
     */
    public static HttpsTriageClient connect(URI server, Path caPem, String token) throws IOException {
        if (!"https".equals(server.getScheme())) {
            throw new IllegalArgumentException("--server must be an https:// URL, got " + server);
        }
        String base = server.toString().endsWith("/") ? server.toString() : server + "/";
        return new HttpsTriageClient(new ApiClient(URI.create(base), ApiClient.trusting(caPem), token));
    }

    @Override
    public JsonNode setCase(String deviceId, String state, String reason, String note, String assignee) {
        ObjectNode body = JSON.createObjectNode().put("state", state);
        putIfPresent(body, "reason", reason);
        putIfPresent(body, "note", note);
        putIfPresent(body, "assignee", assignee);
        return call("PUT", "api/v1/devices/" + segment(deviceId) + "/case", body);
    }

    @Override
    public JsonNode getCase(String deviceId) {
        return call("GET", "api/v1/devices/" + segment(deviceId) + "/case", null);
    }

    @Override
    public JsonNode addSuppression(String rule, String deviceId, String network, Instant expiresAt, String reason) {
        ObjectNode body = JSON.createObjectNode().put("rule", rule);
        putIfPresent(body, "deviceId", deviceId);
        putIfPresent(body, "network", network);
        body.put("expiresAt", expiresAt.toString()).put("reason", reason);
        return call("POST", "api/v1/suppressions", body);
    }

    @Override
    public JsonNode listSuppressions(String status, String cursor) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("status", status);
        q.put("cursor", cursor);
        return call("GET", "api/v1/suppressions" + query(q), null);
    }

    @Override
    public void removeSuppression(String id) {
        call("DELETE", "api/v1/suppressions/" + segment(id), null);
    }

    @Override
    public JsonNode audit(String actor, String action, Instant since, Instant until, String cursor) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("actor", actor);
        q.put("action", action);
        q.put("since", since == null ? null : since.toString());
        q.put("until", until == null ? null : until.toString());
        q.put("cursor", cursor);
        return call("GET", "api/v1/audit" + query(q), null);
    }

    private JsonNode call(String method, String path, JsonNode body) {
        try {
            return api.send(method, path, body);
        } catch (ApiClientException e) {
            throw new ApiCallException(e.status(), e.getMessage());
        } catch (IOException e) {
            throw new ApiCallException("cannot reach the collector: " + e.getMessage(), e);
        }
    }

    private static void putIfPresent(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(Map<String, String> params) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value != null) {
                q.put(name, List.of(value));
            }
        });
        return ApiClient.queryString(q);
    }
}
