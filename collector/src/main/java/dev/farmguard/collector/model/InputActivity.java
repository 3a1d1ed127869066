package dev.farmguard.collector.model;

/**
 * Milliseconds since the last local keyboard/mouse input; -1 when unknown, or when the OS only says "not idle":
 * logind's {@code IdleHint=no} on a graphical Linux session (the agent reports it as source
 * {@value #LOGIND_NOT_IDLE} with -1, since logind gives no time for it).
 */
public record InputActivity(long idleMillis, String source) {

    public static final InputActivity UNKNOWN = new InputActivity(-1, "");

    /** The agent's source for a graphical logind session whose idle hint is off: someone used it lately. */
    public static final String LOGIND_NOT_IDLE = "logind:IdleHint=no";

    /** Whether anything is known about input at this check-in. */
    public boolean known() {
        return idleMillis >= 0 || LOGIND_NOT_IDLE.equals(source);
    }

    /** Whether someone gave input within {@code millis} of the check-in (logind's "not idle" counts as yes). */
    public boolean activeWithin(long millis) {
        return idleMillis >= 0 ? idleMillis <= millis : LOGIND_NOT_IDLE.equals(source);
    }

    /** How long ago the last input was, 0 for logind's "not idle"; only meaningful when {@link #known()}. */
    public long idleOrZero() {
        return Math.max(0, idleMillis);
    }
}
