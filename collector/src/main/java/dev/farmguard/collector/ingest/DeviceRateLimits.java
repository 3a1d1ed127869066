package dev.farmguard.collector.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * One token bucket per device id, shared by that device's connections (opening more connections buys no
 * more rate). Serves both the message rate and the byte quota (one instance each). A device's bucket
 * outlives its connections until it has refilled, so reconnecting does not reset it; other buckets (a
 * connection's own, before enrollment) go with their last connection. The map is bounded by open
 * connections plus the certified devices that were busy within one refill time.
 */
final class DeviceRateLimits {

    private static final int SWEEP_EVERY = 1024;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Held> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger acquisitions = new AtomicInteger();

    DeviceRateLimits(double perSecond, double burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** The bucket of {@code key}; pair with {@link #release}. */
    TokenBucket acquire(String key) {
        if (acquisitions.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(held -> held.holders() == 0 && held.bucket().isFull());
        }
        return buckets.compute(key, (k, held) -> held == null
                ? new Held(new TokenBucket(burst, perSecond, nanoTime), 1)
                : new Held(held.bucket(), held.holders() + 1)).bucket();
    }

    /** @param keepUntilRefilled true for a device's bucket: it stays (unheld) until it is full again */
    void release(String key, boolean keepUntilRefilled) {
        buckets.computeIfPresent(key, (k, held) -> {
            if (held.holders() > 1) {
                return new Held(held.bucket(), held.holders() - 1);
            }
            return keepUntilRefilled && !held.bucket().isFull() ? new Held(held.bucket(), 0) : null;
        });
    }

    int size() {
        return buckets.size();
    }

    private record Held(TokenBucket bucket, int holders) {}
}
