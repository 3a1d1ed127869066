package dev.farmguard.collector.ingest;

import java.util.function.LongSupplier;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled at {@code perSecond}; a message takes one
 * (message rate) or its size (byte quota).
 * Thread-safe (a device may have several connections on different event loops).
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    /** @param nanoTime a monotonic clock, e.g. {@code System::nanoTime} */
    TokenBucket(double capacity, double perSecond, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.last = nanoTime.getAsLong();
    }

    /** Takes a token if one is there. */
    boolean tryTake() {
        return tryTake(1);
    }

    /** Takes {@code n} tokens if they are all there (else none). */
    synchronized boolean tryTake(long n) {
        refill();
        if (tokens >= n) {
            tokens -= n;
            return true;
        }
        return false;
    }

    /** Whether the bucket is full again (so forgetting it loses nothing). */
    synchronized boolean isFull() {
        refill();
        return tokens >= capacity;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
    }
}
