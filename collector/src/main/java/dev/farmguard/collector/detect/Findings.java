package dev.farmguard.collector.detect;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Finding} with its evidence in a fixed order. Evidence values are kept to JSON-stable plain types
 * (strings, ints, rounded doubles, booleans, lists and maps of those) so a stored finding reads back equal.
 */
public final class Findings {

    private final String rule;
    private final Severity severity;
    private final String summary;
    private final Map<String, Object> evidence = new LinkedHashMap<>();

    private Findings(String rule, Severity severity, String summary) {
        Family.ofRule(rule);
        this.rule = rule;
        this.severity = severity;
        this.summary = summary;
    }

    public static Findings of(String rule, Severity severity, String summary) {
        return new Findings(rule, severity, summary);
    }

    public Findings with(String key, Object value) {
        evidence.put(key, plain(value));
        return this;
    }

    public Finding build() {
        return new Finding(rule, severity, summary, evidence);
    }

    /** A number rounded to one decimal, as evidence. */
    public static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }

    /** Share as a rounded fraction (two decimals). */
    public static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole) / 100.0;
    }

    private static Object plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (value instanceof Long l) {
            return l.toString();
        }
        if (value instanceof Float f) {
            return (double) f;
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            c.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        return value;
    }
}
