package dev.farmguard.agent.probe;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a catalog install path for one OS: {@code %VAR%} from the environment (names are
 * case-insensitive, as on Windows), a leading {@code ~} to the home directory. A path written for another
 * OS (a Windows path on Linux, a POSIX path on Windows) or naming an unset variable expands to nothing.
 */
public final class PathExpander {

    private static final Pattern VARIABLE = Pattern.compile("%([^%]+)%");
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^([A-Za-z]:\\\\|\\\\\\\\).*");

    private final Platform platform;
    private final Map<String, String> environment = new HashMap<>();
    private final String home;

    public PathExpander(Platform platform, Map<String, String> environment, String home) {
        this.platform = platform;
        environment.forEach((name, value) -> this.environment.put(name.toUpperCase(Locale.ROOT), value));
        this.home = home;
    }

    /** Expander for the machine a probe context describes (HOME from its environment). */
    public static PathExpander forContext(ProbeContext context) {
        Map<String, String> env = context.environment();
        String home = env.getOrDefault(context.platform() == Platform.WINDOWS ? "USERPROFILE" : "HOME", "");
        return new PathExpander(context.platform(), env, home);
    }

    public Platform platform() {
        return platform;
    }

    /** The expanded path (may still contain {@code *}), or empty when it does not apply to this OS. */
    public Optional<String> expand(String pattern) {
        String expanded = pattern.trim();
        Matcher matcher = VARIABLE.matcher(expanded);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = environment.get(matcher.group(1).toUpperCase(Locale.ROOT));
            if (value == null || value.isEmpty()) {
                return Optional.empty();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        expanded = out.toString();
        if (expanded.equals("~") || expanded.startsWith("~/") || expanded.startsWith("~\\")) {
            if (home == null || home.isEmpty()) {
                return Optional.empty();
            }
            expanded = home + expanded.substring(1);
        }
        return appliesHere(expanded) ? Optional.of(expanded) : Optional.empty();
    }

    private boolean appliesHere(String path) {
        if (platform == Platform.WINDOWS) {
            return WINDOWS_ABSOLUTE.matcher(path).matches();
        }
        return path.startsWith("/") && path.indexOf('\\') < 0;
    }
}
