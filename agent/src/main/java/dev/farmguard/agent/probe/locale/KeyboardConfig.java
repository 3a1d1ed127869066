package dev.farmguard.agent.probe.locale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the files that hold Linux keyboard layouts: Debian's {@code /etc/default/keyboard}
 * ({@code XKBLAYOUT="us,kr"}), systemd's {@code /etc/vconsole.conf} ({@code KEYMAP=}, {@code XKBLAYOUT=})
 * and the X11 snippet localectl writes ({@code Option "XkbLayout" "us,de"}).
 */
public final class KeyboardConfig {

    private static final Pattern XORG_LAYOUT = Pattern.compile("(?i)^\\s*Option\\s+\"XkbLayout\"\\s+\"([^\"]*)\"");

    private KeyboardConfig() {
    }

    /** Layouts from a shell-style file's {@code XKBLAYOUT} (comma-separated). */
    public static List<String> xkbLayouts(Map<String, String> shellVariables) {
        return split(shellVariables.getOrDefault("XKBLAYOUT", ""));
    }

    /** Layouts from an xorg.conf snippet. */
    public static List<String> xorgLayouts(List<String> lines) {
        List<String> layouts = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = XORG_LAYOUT.matcher(line);
            if (matcher.find()) {
                layouts.addAll(split(matcher.group(1)));
            }
        }
        return layouts;
    }

    static List<String> split(String commaSeparated) {
        List<String> values = new ArrayList<>();
        for (String value : commaSeparated.split(",")) {
            if (!value.isBlank()) {
                values.add(value.trim());
            }
        }
        return values;
    }
}
