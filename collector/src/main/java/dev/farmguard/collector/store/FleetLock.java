package dev.farmguard.collector.store;

import java.time.Duration;
import java.util.Optional;

/**
 * Lets one collector at a time run the fleet rules: an in-process lock for the embedded store, a PostgreSQL
 * advisory lock when several collectors share one database.
 */
public interface FleetLock {

    /** The lock if nobody holds it now, else empty. */
    Optional<Held> tryAcquire();

    /** Waits up to {@code timeout} for the lock. */
    Optional<Held> acquire(Duration timeout) throws InterruptedException;

    /** A held lock; closing releases it (idempotent). */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
