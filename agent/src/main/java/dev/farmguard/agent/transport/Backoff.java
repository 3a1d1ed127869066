package dev.farmguard.agent.transport;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Reconnect delays: exponential from {@code initial}, capped at {@code max}, with "equal jitter" (half
 * fixed, half random) so a fleet that lost its collector does not reconnect in lock-step, and the delay
 * never collapses to zero. {@link #reset()} after a successful session. Not thread-safe.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;
    private int attempts;

    /** @param random values in [0, 1), e.g. {@code ThreadLocalRandom.current()::nextDouble} */
    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The delay before the next attempt. */
    public Duration next() {
        long ceiling = initial.toMillis() << Math.min(attempts, 30);
        if (ceiling <= 0 || ceiling > max.toMillis()) {
            ceiling = max.toMillis();
        }
        attempts++;
        long half = ceiling / 2;
        return Duration.ofMillis(ceiling - half + (long) (random.getAsDouble() * half));
    }

    /** Back to the initial delay. */
    public void reset() {
        attempts = 0;
    }
}
