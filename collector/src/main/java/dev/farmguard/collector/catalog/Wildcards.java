package dev.farmguard.collector.catalog;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The catalog's one pattern syntax: {@code *} matches any run of characters, everything else is literal, case
 * is ignored. Names compare with an optional trailing {@code .exe} on either side.
 */
public final class Wildcards {

    private Wildcards() {
    }

    /** A regex for a lower-cased catalog pattern. */
    public static Pattern compile(String lowerCasePattern) {
        StringBuilder regex = new StringBuilder();
        int start = 0;
        for (int star = lowerCasePattern.indexOf('*'); star >= 0; star = lowerCasePattern.indexOf('*', start)) {
            regex.append(Pattern.quote(lowerCasePattern.substring(start, star))).append(".*");
            start = star + 1;
        }
        regex.append(Pattern.quote(lowerCasePattern.substring(start)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** Whether a catalog name pattern matches a name (process, service, adapter), ignoring case and ".exe". */
    public static boolean nameMatches(String pattern, String name) {
        return namePredicate(pattern).test(name);
    }

    /** {@link #nameMatches} with the pattern compiled once, for matching many names. */
    public static Predicate<String> namePredicate(String pattern) {
        String p = pattern.trim().toLowerCase(Locale.ROOT);
        Pattern exact = compile(p);
        Pattern withoutExe = compile(stripExe(p));
        return name -> {
            if (name == null || name.isBlank()) {
                return false;
            }
            String n = name.trim().toLowerCase(Locale.ROOT);
            return exact.matcher(n).matches() || withoutExe.matcher(stripExe(n)).matches();
        };
    }

    public static String stripExe(String lowerCase) {
        return lowerCase.endsWith(".exe") ? lowerCase.substring(0, lowerCase.length() - 4) : lowerCase;
    }
}
