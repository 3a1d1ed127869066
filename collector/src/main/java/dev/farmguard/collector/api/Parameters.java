package dev.farmguard.collector.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

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
}
