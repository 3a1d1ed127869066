package dev.farmguard.collector.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in the config file and on the command line: 500ms, 10s, 5m, 2h, 90d or PT10S. */
public final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");

    private DurationText() {}

    /** A positive duration; {@link IllegalArgumentException} saying what is wrong otherwise. */
    public static Duration parse(String text) {
        Duration d;
        Matcher m = SHORT.matcher(text.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else if (text.startsWith("P") || text.startsWith("p")) {
            try {
                d = Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration");
            }
        } else {
            throw new IllegalArgumentException("not a duration");
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("must be positive");
        }
        return d;
    }
}
