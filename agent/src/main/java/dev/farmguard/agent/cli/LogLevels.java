package dev.farmguard.agent.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;

/** Sets the root log level from {@code --log-level} or {@code FARMGUARD_LOG_LEVEL}. */
final class LogLevels {

    static final String ENVIRONMENT_KEY = "FARMGUARD_LOG_LEVEL";
    private static final Set<String> NAMES = Set.of("error", "warn", "info", "debug", "trace", "off");

    private LogLevels() {
    }

    /** Validates a level name; the message names where it came from. */
    static Level parse(String name, String source) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(lower)) {
            throw new IllegalArgumentException(source + ": '" + name + "' is not one of error, warn, info, debug, trace, off");
        }
        return Level.toLevel(lower);
    }

    static void apply(Level level) {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(level);
        }
    }
}
