package dev.farmguard.collector.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.farmguard.collector.tls.PemFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** {@link TriageClient} over HTTPS (java.net.http), trusting only the collector's CA, with a bearer token. */
public final class HttpsTriageClient implements TriageClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;
    private final String token;

    private HttpsTriageClient(HttpClient http, URI base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    /**
     * @param server the API's base URL, e.g. https://collector.example:8443
     * @param caPem  the collector's CA certificate (ca.pem in its data directory)
     */
    public static HttpsTriageClient connect(URI server, Path caPem, String token) throws IOException {
        if (!"https".equals(server.getScheme())) {
            throw new IllegalArgumentException("--server must be an https:// URL, got " + server);
        }
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("farmguard-ca", PemFiles.readCertificate(caPem));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            HttpClient http = HttpClient.newBuilder().sslContext(tls).connectTimeout(TIMEOUT).build();
            String path = server.toString().endsWith("/") ? server.toString() : server + "/";
            return new HttpsTriageClient(http, URI.create(path), token);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot trust the CA in " + caPem + ": " + e.getMessage(), e);
        }
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
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiCallException("cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiCallException("interrupted while calling " + base, e);
        }
        JsonNode answer = parse(r.body());
        if (r.statusCode() >= 400) {
            JsonNode message = answer.path("error").path("message");
            throw new ApiCallException(r.statusCode(), message.isTextual() ? message.asText()
                    : "HTTP " + r.statusCode());
        }
        return answer;
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
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
        String q = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return q.isEmpty() ? "" : "?" + q;
    }
}
