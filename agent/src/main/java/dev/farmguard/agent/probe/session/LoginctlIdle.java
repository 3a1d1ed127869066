package dev.farmguard.agent.probe.session;

import java.util.HashMap;
import java.util.Map;

/**
 * Parses {@code loginctl show-session ID... -p Id -p IdleHint -p IdleSinceHint}: {@code KEY=value} lines, one
 * block per session (a block starts at its {@code Id=}). {@code IdleSinceHint} is microseconds since the epoch;
 * for text sessions logind derives it from the terminal's last access (the last keystroke), for graphical
 * sessions it is when the desktop last changed its idle hint.
 */
public final class LoginctlIdle {

    /**
     * @param idle       the idle hint is set
     * @param sinceMicros when it last changed (epoch microseconds), 0 if never
     */
    public record IdleHint(boolean idle, long sinceMicros) {
    }

    private LoginctlIdle() {
    }

    /** Idle hints by session id; sessions missing either property are left out. */
    public static Map<String, IdleHint> parse(String output) {
        Map<String, IdleHint> hints = new HashMap<>();
        String id = null;
        Boolean idle = null;
        Long since = null;
        for (String raw : output.split("\n")) {
            String line = raw.trim();
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1).trim();
            switch (key) {
                case "Id" -> {
                    put(hints, id, idle, since);
                    id = value;
                    idle = null;
                    since = null;
                }
                case "IdleHint" -> idle = value.equals("yes") ? Boolean.TRUE : value.equals("no") ? Boolean.FALSE : null;
                case "IdleSinceHint" -> since = micros(value);
                default -> {
                    // other properties are not needed
                }
            }
        }
        put(hints, id, idle, since);
        return hints;
    }

    private static void put(Map<String, IdleHint> hints, String id, Boolean idle, Long since) {
        if (id != null && !id.isEmpty() && idle != null && since != null) {
            hints.put(id, new IdleHint(idle, since));
        }
    }

    private static Long micros(String value) {
        try {
            long micros = Long.parseLong(value);
            return micros >= 0 ? micros : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
