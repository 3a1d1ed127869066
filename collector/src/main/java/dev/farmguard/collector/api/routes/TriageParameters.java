package dev.farmguard.collector.api.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Parameter checks shared by the triage and audit routes: allowed names (anything else is a 400 naming it), page
 * size, opaque keyset cursors, and text fields of JSON bodies.
 */
final class TriageParameters {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    /** Separates the parts of a cursor; cannot occur in ids or epoch millis. */
    private static final char SEPARATOR = '\n';

    private TriageParameters() {}

    /** 400 naming the first query parameter not in {@code allowed}, and any repeated single-valued one. */
    static void onlyKnown(ApiRequest request, Set<String> allowed, Set<String> repeatable) {
        for (var e : new java.util.TreeMap<>(request.query()).entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiException.badParameter(e.getKey(), "unknown parameter (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
            if (e.getValue().size() > 1 && !repeatable.contains(e.getKey())) {
                throw ApiException.badParameter(e.getKey(), "give it once");
            }
        }
    }

    /** ?limit=1..500, default 100. */
    static int limit(ApiRequest request) {
        String value = request.queryParam("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badParameter("limit", "'" + value + "' is not a whole number from 1 to " + MAX_LIMIT);
    }

    /** An opaque cursor holding the keyset position of the last item of a page. */
    static String cursor(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code parts} parts of ?cursor=, or null when absent; 400 when it is not one this API gave out. */
    static List<String> cursor(ApiRequest request, int parts) {
        String value = request.queryParam("cursor");
        if (value == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            List<String> out = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (out.size() == parts) {
                return out;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiException.badParameter("cursor", "not a cursor from this list; use nextCursor as given");
    }

    /** A cursor part that must be epoch millis. */
    static java.time.Instant cursorInstant(String part) {
        try {
            return java.time.Instant.ofEpochMilli(Long.parseLong(part));
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("cursor", "not a cursor from this list; use nextCursor as given");
        }
    }

    /** 400 naming the first body field not in {@code allowed}. */
    static void onlyKnownFields(JsonNode body, Set<String> allowed) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        for (String n : names) {
            if (!allowed.contains(n)) {
                throw ApiException.badParameter(n, "unknown field (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** A text field: null when absent or null; 400 when not a string, blank when {@code required}, or too long. */
    static String text(JsonNode body, String field, int maxChars, boolean required) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw ApiException.badParameter(field, "required");
            }
            return null;
        }
        if (!n.isTextual()) {
            throw ApiException.badParameter(field, "must be a string");
        }
        String v = n.asText();
        if (required && v.isBlank()) {
            throw ApiException.badParameter(field, "required (not blank)");
        }
        if (v.length() > maxChars) {
            throw ApiException.badParameter(field, "longer than " + maxChars + " characters");
        }
        return v.isBlank() ? null : v;
    }
}
