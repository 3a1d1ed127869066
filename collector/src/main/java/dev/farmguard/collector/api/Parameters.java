package dev.farmguard.collector.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Parsing of request parameters shared by the routes, with 400 errors that name the parameter. */
public final class Parameters {

    private Parameters() {}

    /** An ISO-8601 instant, or null when {@code value} is null (the parameter was left out). */
    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "'" + value + "' is not an ISO-8601 instant like 2027-01-01T00:00:00Z");
        }
    }
}
