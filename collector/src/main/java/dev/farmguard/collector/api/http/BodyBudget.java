package dev.farmguard.collector.api.http;

import java.util.concurrent.atomic.AtomicLong;

/** Bytes of request bodies being received at once across all API connections (api.max-body-bytes-in-flight). */
final class BodyBudget {

    private final long max;
    private final AtomicLong reserved = new AtomicLong();

    BodyBudget(long max) {
        this.max = max;
    }

    /** Reserves {@code bytes} for a body about to be read; false (nothing reserved) when that would pass the bound. */
    boolean tryReserve(long bytes) {
        long now;
        do {
            now = reserved.get();
            if (now + bytes > max) {
                return false;
            }
        } while (!reserved.compareAndSet(now, now + bytes));
        return true;
    }

    void release(long bytes) {
        reserved.addAndGet(-bytes);
    }

    long reserved() {
        return reserved.get();
    }
}
