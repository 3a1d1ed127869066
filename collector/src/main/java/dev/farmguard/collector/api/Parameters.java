package dev.farmguard.collector.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Parsing of request parameters shared by the routes, with 400 errors that name the parameter. */
public final class Parameters {

    /**
     * Instants the API accepts: years 0001 to 9999. Instant itself reaches a billion years, where the store's
     * epoch milliseconds overflow; no real query or expiry lies outside four-digit years.
     */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private Parameters() {}

    /** An ISO-8601 instant, or null when {@code value} is null (the parameter was left out). */
    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        Instant parsed;
        try {
            parsed = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "'" + value + "' is not an ISO-8601 instant like 2027-01-01T00:00:00Z");
        }
        if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
            throw ApiException.badParameter(name, "'" + value + "' is outside the years 0001 to 9999");
        }
        return parsed;
    }

    /**
     * Refuses a query with a parameter outside {@code allowed}, or given twice when not in {@code repeatable}: a
     * misspelt filter must never silently widen a list.
     */
    public static void requireKnown(ApiRequest request, Set<String> allowed, Set<String> repeatable) {
        for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiException.badParameter(e.getKey(), "unknown parameter; this endpoint takes "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
            if (e.getValue().size() > 1 && !repeatable.contains(e.getKey())) {
                throw ApiException.badParameter(e.getKey(), "given " + e.getValue().size() + " times; give it once");
            }
        }
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when the parameter is absent. */
    public static int integer(ApiRequest request, String name, int min, int max, int fallback) {
        String value = request.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badParameter(name, "'" + value + "' is not a whole number from " + min + " to " + max);
    }

    /** {@code true} or {@code false}, or null when absent. */
    public static Boolean bool(ApiRequest request, String name) {
        String value = request.queryParam(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.badParameter(name, "'" + value + "' is not true or false");
        };
    }

    /** Non-blank text of at most {@code maxLength} characters, or null when absent. */
    public static String text(ApiRequest request, String name, int maxLength) {
        String value = request.queryParam(name);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw ApiException.badParameter(name, "must be 1 to " + maxLength + " characters");
        }
        return trimmed;
    }
}
