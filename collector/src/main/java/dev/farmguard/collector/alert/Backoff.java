package dev.farmguard.collector.alert;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter and a cap: after the n-th failed attempt wait {@code initial * 2^(n-1)}, at most
 * {@code max}, then a random point of its upper half, so dispatchers of several collectors that failed together do
 * not retry together.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    /** {@code random} returns values in [0, 1). */
    Backoff(Duration initial, Duration max, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The wait after {@code failures} failed attempts (1 for the first). */
    Duration after(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 62));
        long ceiling = max.toMillis();
        long base = initial.toMillis();
        long delay = doublings >= 62 || base > (ceiling >> doublings) ? ceiling : Math.min(ceiling, base << doublings);
        long half = delay / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (delay - half + 1)));
    }
}
