package dev.farmguard.agent.probe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses shell-style KEY=value files ({@code /etc/os-release}, {@code /etc/default/keyboard}, {@code /etc/locale.conf}); values may be quoted. */
public final class ShellVariables {

    private ShellVariables() {
    }

    /** Key/value pairs; comments, blank lines and malformed lines are skipped. */
    public static Map<String, String> parse(List<String> lines) {
        Map<String, String> values = new HashMap<>();
        for (String raw : lines) {
            String line = raw.trim();
            int equals = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || equals <= 0) {
                continue;
            }
            values.put(line.substring(0, equals).trim(), unquote(line.substring(equals + 1).trim()));
        }
        return values;
    }

    static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if ((first == '"' || first == '\'') && first == last) {
                String inner = value.substring(1, value.length() - 1);
                return first == '"' ? inner.replaceAll("\\\\(.)", "$1") : inner;
            }
        }
        return value;
    }
}
