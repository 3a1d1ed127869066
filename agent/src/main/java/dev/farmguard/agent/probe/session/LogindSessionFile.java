package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.probe.ShellVariables;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a logind session state file ({@code /run/systemd/sessions/ID}, written by systemd-logind's
 * {@code session_save}: {@code KEY=value} lines; {@code REMOTE_HOST}, {@code REMOTE_USER}, {@code SERVICE} and
 * {@code DESKTOP} are C-escaped). systemd marks the file private, so every field is optional here and a file
 * without {@code UID}/{@code USER} is rejected rather than guessed.
 */
public final class LogindSessionFile {

    private LogindSessionFile() {
    }

    public static Optional<LogindSession> parse(String id, List<String> lines) {
        Map<String, String> v = ShellVariables.parse(lines);
        String user = v.getOrDefault("USER", "");
        if (user.isEmpty() && v.getOrDefault("UID", "").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LogindSession(id, user, flag(v, "ACTIVE"), flag(v, "REMOTE"),
                v.getOrDefault("TYPE", ""), v.getOrDefault("CLASS", ""), unescape(v.getOrDefault("SERVICE", "")),
                v.getOrDefault("SEAT", ""), v.getOrDefault("TTY", ""), v.getOrDefault("DISPLAY", ""),
                unescape(v.getOrDefault("REMOTE_HOST", "")), realtime(v.get("REALTIME")),
                intValue(v.get("LEADER"))));
    }

    private static boolean flag(Map<String, String> v, String key) {
        String value = v.getOrDefault(key, "");
        return value.equals("1") || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true");
    }

    private static Instant realtime(String micros) {
        try {
            long usec = Long.parseLong(micros == null ? "" : micros.trim());
            return usec > 0 ? Instant.EPOCH.plusNanos(Math.multiplyExact(usec, 1000L)) : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static int intValue(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Undoes systemd's {@code cescape}: backslash escapes and {@code \xHH}. */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'x' -> {
                    String hex = text.substring(i + 1, Math.min(text.length(), i + 3));
                    if (hex.matches("[0-9a-fA-F]{2}")) {
                        out.append((char) Integer.parseInt(hex, 16));
                        i += 2;
                    } else {
                        out.append('x');
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
