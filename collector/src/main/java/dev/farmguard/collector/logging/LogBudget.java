package dev.farmguard.collector.logging;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How many rejection lines each reason may log per window, so a flood of bad connections cannot flood the
 * log (the metric still counts every one). When a window had suppressed lines, the next line says how many.
 * Shared by the agent port (rejections) and the API (malformed requests, refused connections, errors).
 *
 * @param <K> the reason type
 */
public final class LogBudget<K extends Enum<K>> {

    private final int linesPerWindow;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Window> windows;

    public LogBudget(Class<K> reasons, int linesPerWindow, long windowNanos, LongSupplier nanoTime) {
        this.linesPerWindow = linesPerWindow;
        this.windowNanos = windowNanos;
        this.nanoTime = nanoTime;
        this.windows = new EnumMap<>(reasons);
    }

    /**
     * Whether a line for {@code reason} may be logged now: -1 when not, else how many lines of this reason
     * were suppressed since the last one logged (to be mentioned in it).
     */
    public synchronized long take(K reason) {
        long now = nanoTime.getAsLong();
        Window w = windows.computeIfAbsent(reason, r -> new Window(now));
        if (now - w.start >= windowNanos) {
            w.start = now;
            w.logged = 0;
        }
        if (w.logged >= linesPerWindow) {
            w.suppressed++;
            return -1;
        }
        w.logged++;
        long suppressed = w.suppressed;
        w.suppressed = 0;
        return suppressed;
    }

    private static final class Window {
        long start;
        int logged;
        long suppressed;

        Window(long start) {
            this.start = start;
        }
    }
}
