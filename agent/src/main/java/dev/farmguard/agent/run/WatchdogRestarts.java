package dev.farmguard.agent.run;

import dev.farmguard.agent.state.StateDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** How often the watchdog restarted the agent, kept in the state directory so the next snapshot can report it. */
public final class WatchdogRestarts {

    static final String FILE = "watchdog-restarts";

    private WatchdogRestarts() {
    }

    /** The count so far; 0 when never restarted, or when the file is unreadable (the count is a hint, not state). */
    public static long read(StateDirectory state) {
        try {
            return state.read(FILE).map(b -> Long.parseLong(new String(b, StandardCharsets.UTF_8).trim())).orElse(0L);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Counts one more restart. */
    public static void increment(StateDirectory state) throws IOException {
        state.write(FILE, ((read(state) + 1) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
