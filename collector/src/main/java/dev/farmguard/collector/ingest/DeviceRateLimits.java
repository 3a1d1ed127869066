package dev.farmguard.collector.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per device id, shared by that device's connections (opening more connections buys no
 * more rate). A bucket lives while a connection holds it, so the map is bounded by open connections.
 */
final class DeviceRateLimits {

    private final int perSecond;
    private final int burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Held> buckets = new ConcurrentHashMap<>();

    DeviceRateLimits(int perSecond, int burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** The bucket of {@code key}; pair with {@link #release}. */
    TokenBucket acquire(String key) {
        return buckets.compute(key, (k, held) -> held == null
                ? new Held(new TokenBucket(burst, perSecond, nanoTime), 1)
                : new Held(held.bucket(), held.holders() + 1)).bucket();
    }

    void release(String key) {
        buckets.computeIfPresent(key, (k, held) -> held.holders() <= 1 ? null
                : new Held(held.bucket(), held.holders() - 1));
    }

    int size() {
        return buckets.size();
    }

    private record Held(TokenBucket bucket, int holders) {}
}
