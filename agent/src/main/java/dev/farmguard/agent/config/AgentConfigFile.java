package dev.farmguard.agent.config;

import dev.farmguard.agent.transport.HostPort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the agent configuration file: one {@code key = value} per line, {@code #} starts a comment line. Values
 * are taken literally (no escapes, so Windows paths need no doubling); relative paths are relative to the file's
 * directory, so a file and the CA next to it can be dropped anywhere. Unknown or repeated keys and bad values are
 * errors naming the file, line and key: a typo must not silently fall back to a default.
 */
public final class AgentConfigFile {

    /** Every key, in the order the collector writes them. */
    public static final List<String> KEYS = List.of("collector", "ca", "ca-fingerprint", "enroll-token",
            "enroll-token-file", "interval", "log-level", "state-dir", "watchdog-memory-mb", "watchdog-cpu-percent");
    private static final Set<String> LOG_LEVELS = Set.of("error", "warn", "info", "debug", "trace", "off");

    private AgentConfigFile() {
    }

    /** Reads and validates {@code file}. */
    public static AgentConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AgentConfigException("cannot read configuration file " + file + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        return parse(text, file);
    }

    /** Parses {@code text} as if read from {@code file} (whose directory anchors relative paths). */
    public static AgentConfig parse(String text, Path file) {
        Map<String, Entry> entries = entries(text, file);
        Path base = file.toAbsolutePath().getParent();
        Values values = new Values(file, entries, base);
        AgentConfig config = new AgentConfig(file,
                values.get("collector", HostPort::parse),
                values.get("ca", values::path),
                values.get("ca-fingerprint", CaFingerprint::normalise),
                values.get("enroll-token", AgentConfigFile::token),
                values.get("enroll-token-file", values::path),
                values.get("interval", AgentConfigFile::seconds),
                values.get("log-level", AgentConfigFile::logLevel),
                values.get("state-dir", values::path),
                values.get("watchdog-memory-mb", value -> whole(value, 0, 1_000_000)),
                values.get("watchdog-cpu-percent", value -> whole(value, 0, 10_000)));
        if (config.enrollToken() != null && config.enrollTokenFile() != null) {
            throw new AgentConfigException(file + ": set enroll-token or enroll-token-file, not both");
        }
        if (config.caFingerprint() != null && config.ca() == null) {
            throw new AgentConfigException(file + ": ca-fingerprint pins the certificate in ca; set ca too");
        }
        return config;
    }

    private static Map<String, Entry> entries(String text, Path file) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // Notepad's byte-order mark
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new AgentConfigException(file + " line " + (i + 1) + ": expected 'key = value', got '"
                        + line + "'");
            }
            String key = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new AgentConfigException(file + " line " + (i + 1) + ": unknown key '" + key
                        + "' (known: " + String.join(", ", KEYS) + ")");
            }
            Entry previous = entries.put(key, new Entry(i + 1, line.substring(equals + 1).strip()));
            if (previous != null) {
                throw new AgentConfigException(file + " line " + (i + 1) + ": " + key + " is already set on line "
                        + previous.line());
            }
        }
        return entries;
    }

    private static String token(String value) {
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("an enrollment token has no spaces");
        }
        return value;
    }

    private static Long seconds(String value) {
        long seconds;
        try {
            seconds = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not whole seconds");
        }
        if (seconds < 1) {
            throw new IllegalArgumentException("must be at least 1 second, got " + seconds);
        }
        return seconds;
    }

    /** A whole number in [min, max]; 0 turns a watchdog limit off. */
    private static Integer whole(String value, int min, int max) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number");
        }
        if (number < min || number > max) {
            throw new IllegalArgumentException(number + " is not in " + min + ".." + max + " (0 turns the limit off)");
        }
        return number;
    }

    private static String logLevel(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(lower)) {
            throw new IllegalArgumentException("'" + value + "' is not one of error, warn, info, debug, trace, off");
        }
        return lower;
    }

    private record Entry(int line, String value) {
    }

    /** Converts entries, turning a converter's complaint into one naming the file, line and key. */
    private record Values(Path file, Map<String, Entry> entries, Path base) {

        <T> T get(String key, java.util.function.Function<String, T> converter) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            String where = file + " line " + entry.line() + ": " + key + ": ";
            if (entry.value().isEmpty()) {
                throw new AgentConfigException(where + "empty value (remove the line to use the default)");
            }
            try {
                return converter.apply(entry.value());
            } catch (IllegalArgumentException e) {
                throw new AgentConfigException(where + e.getMessage());
            }
        }

        Path path(String value) {
            return base == null ? Path.of(value) : base.resolve(value).normalize();
        }
    }
}
