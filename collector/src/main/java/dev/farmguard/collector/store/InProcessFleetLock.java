package dev.farmguard.collector.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/** The fleet lock of a single collector (embedded store): a plain lock inside this process. */
final class InProcessFleetLock implements FleetLock {

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public Optional<Held> tryAcquire() {
        return lock.tryLock() ? Optional.of(held()) : Optional.empty();
    }

    @Override
    public Optional<Held> acquire(Duration timeout) throws InterruptedException {
        return lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(held()) : Optional.empty();
    }

    private Held held() {
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                lock.unlock();
            }
        };
    }
}
