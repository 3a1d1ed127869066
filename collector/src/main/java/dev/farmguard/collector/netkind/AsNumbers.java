package dev.farmguard.collector.netkind;

import java.util.Locale;
import java.util.Optional;

/** AS numbers as people write them: {@code AS64500}, {@code as64500} or {@code 64500}. */
public final class AsNumbers {

    private static final long MAX = 0xFFFF_FFFFL;

    private AsNumbers() {}

    /** The number, or empty when the text is not one (or is out of the 32-bit range). */
    public static Optional<Long> parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith("AS")) {
            t = t.substring(2);
        }
        if (t.isEmpty() || t.length() > 10 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long n = Long.parseLong(t);
        return n <= MAX ? Optional.of(n) : Optional.empty();
    }
}
