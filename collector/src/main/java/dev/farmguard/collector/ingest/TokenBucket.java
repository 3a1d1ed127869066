package dev.farmguard.collector.ingest;

import java.util.function.LongSupplier;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled at {@code perSecond}; each message takes one.
 * Thread-safe (a device may have several connections on different event loops).
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    /** @param nanoTime a monotonic clock, e.g. {@code System::nanoTime} */
    TokenBucket(int capacity, int perSecond, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.last = nanoTime.getAsLong();
    }

    /** Takes a token if one is there. */
    synchronized boolean tryTake() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
