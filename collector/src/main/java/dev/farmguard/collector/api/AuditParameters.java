package dev.farmguard.collector.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.farmguard.collector.logging.LogSafe;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a request as the audit log keeps them: path parameters, query parameters and a JSON body, as
 * one JSON object. Values of secret-looking names are replaced by "[redacted]", every text is neutralised
 * ({@link LogSafe}) and other bodies (a roster CSV) are described by type and size, never copied.
 */
final class AuditParameters {

    static final String REDACTED = "[redacted]";
    /** Longest parameters kept; a larger JSON body is recorded by its size alone. */
    static final int MAX_CHARS = 16 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_DEPTH = 4;

    private AuditParameters() {}

    static String of(ApiRequest request, Map<String, String> pathParams) {
        ObjectNode out = MAPPER.createObjectNode();
        pathParams.forEach((k, v) -> out.put(LogSafe.text(k), value(k, v)));
        for (Map.Entry<String, List<String>> q : new java.util.TreeMap<>(request.query()).entrySet()) {
            var values = out.putArray(LogSafe.text(q.getKey()));
            q.getValue().forEach(v -> values.add(value(q.getKey(), v)));
        }
        byte[] body = request.body();
        if (body.length > 0) {
            out.set("body", body(request.mediaType(), body));
        }
        try {
            String json = MAPPER.writeValueAsString(out);
            if (json.length() <= MAX_CHARS) {
                return json;
            }
            ObjectNode cut = MAPPER.createObjectNode();
            cut.put("omitted", "parameters longer than " + MAX_CHARS + " characters");
            cut.put("chars", json.length());
            return MAPPER.writeValueAsString(cut);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode audit parameters", e);
        }
    }

    private static JsonNode body(String mediaType, byte[] body) {
        if (mediaType.equals("application/json")) {
            try {
                JsonNode parsed = MAPPER.readTree(body);
                if (parsed != null) {
                    return clean(null, parsed, 0);
                }
            } catch (IOException e) {
                // not JSON after all: described below like any other body
            }
        }
        ObjectNode d = MAPPER.createObjectNode();
        d.put("contentType", LogSafe.text(mediaType));
        d.put("bytes", body.length);
        return d;
    }

    private static JsonNode clean(String name, JsonNode node, int depth) {
        if (name != null && secret(name)) {
            return MAPPER.getNodeFactory().textNode(REDACTED);
        }
        if (node.isObject()) {
            ObjectNode o = MAPPER.createObjectNode();
            if (depth >= MAX_DEPTH) {
                o.put("omitted", "nested too deep");
                return o;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                o.set(LogSafe.text(f.getKey()), clean(f.getKey(), f.getValue(), depth + 1));
            }
            return o;
        }
        if (node.isArray()) {
            var a = MAPPER.createArrayNode();
            node.forEach(e -> a.add(depth >= MAX_DEPTH ? MAPPER.getNodeFactory().textNode("...")
                    : clean(null, e, depth + 1)));
            return a;
        }
        if (node.isTextual()) {
            return MAPPER.getNodeFactory().textNode(LogSafe.text(node.asText()));
        }
        return node;
    }

    private static String value(String name, String value) {
        return secret(name) ? REDACTED : LogSafe.text(value);
    }

    /** Names that hold secrets in this API or commonly elsewhere. */
    static boolean secret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("token") || n.contains("secret") || n.contains("password") || n.contains("authorization")
                || n.contains("apikey") || n.contains("api_key");
    }
}
