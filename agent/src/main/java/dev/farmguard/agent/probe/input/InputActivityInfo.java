package dev.farmguard.agent.probe.input;

/**
 * How long since the last local keyboard or mouse input.
 *
 * @param idleMillis milliseconds since the last input event the OS saw, -1 if unknown
 * @param source     where the figure came from, e.g. "GetLastInputInfo", "HIDIdleTime",
 *                   "logind:IdleSinceHint", "XScreenSaver"; "" when unknown
 */
public record InputActivityInfo(long idleMillis, String source) {

    /** No honest figure is available here. */
    public static InputActivityInfo unknown() {
        return new InputActivityInfo(-1, "");
    }
}
