package dev.farmguard.collector.classify;

import dev.farmguard.collector.catalog.Wildcards;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A catalog name (process, service, adapter, SCSI vendor) matched ignoring case, with {@code *} as a wildcard.
 * A trailing {@code .exe} is optional on both sides, so "anydesk" matches "AnyDesk.exe" and the other way round.
 */
final class NamePattern {

    private final String text;
    private final Pattern pattern;
    private final Pattern patternWithoutExe;

    private NamePattern(String text) {
        this.text = text;
        String normalized = text.trim().toLowerCase(Locale.ROOT);
        this.pattern = glob(normalized);
        this.patternWithoutExe = glob(stripExe(normalized));
    }

    static NamePattern of(String text) {
        return new NamePattern(text);
    }

    /** The pattern as the catalog writes it. */
    String text() {
        return text;
    }

    boolean matches(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String normalized = name.trim().toLowerCase(Locale.ROOT);
        return pattern.matcher(normalized).matches()
                || patternWithoutExe.matcher(stripExe(normalized)).matches();
    }

    static Pattern glob(String normalized) {
        return Wildcards.compile(normalized);
    }

    private static String stripExe(String s) {
        return Wildcards.stripExe(s);
    }

    @Override
    public String toString() {
        return text;
    }
}
