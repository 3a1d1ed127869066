package dev.farmguard.collector.classify;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A catalog install path matched against a path the agent found, ignoring case and the separator style. The
 * agent reports expanded paths, so {@code %VARS%}, a leading {@code ~} and LOLRMM's {@code <placeholders>}
 * match any text, as {@code *} does. A path matches when it is the pattern's path or lies under it.
 */
final class PathPattern {

    private static final Pattern VARIABLE = Pattern.compile("%[^%/]+%|<[^>/]*>");

    private final String text;
    private final Pattern pattern;

    private PathPattern(String text) {
        this.text = text;
        String p = VARIABLE.matcher(normalize(text)).replaceAll("*");
        if (p.startsWith("~")) {
            p = "*" + p.substring(1);
        }
        while (p.endsWith("/*")) {
            p = p.substring(0, p.length() - 2); // "dir\*" means the folder: the folder itself or anything below
        }
        this.pattern = Pattern.compile(NamePattern.glob(p).pattern() + "(?:/.*)?", Pattern.DOTALL);
    }

    static PathPattern of(String text) {
        return new PathPattern(text);
    }

    String text() {
        return text;
    }

    boolean matches(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        return pattern.matcher(normalize(path)).matches();
    }

    /** Lower case, forward slashes, no doubled or trailing separators. */
    static String normalize(String path) {
        String p = path.trim().replace('\\', '/').toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** The last component of a path in either separator style. */
    static String baseName(String path) {
        if (path == null) {
            return "";
        }
        String p = path.trim();
        while (p.endsWith("/") || p.endsWith("\\")) {
            p = p.substring(0, p.length() - 1);
        }
        int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return p.substring(cut + 1);
    }

    @Override
    public String toString() {
        return text;
    }
}
