package dev.farmguard.collector.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fleet lock of collectors sharing one PostgreSQL database: a session-level advisory lock held on a
 * connection of its own for as long as the run lasts. If the collector dies, PostgreSQL ends the session and
 * frees the lock, so another collector takes over at its next attempt.
 */
final class PostgresFleetLock implements FleetLock {

    static final long FLEET_LOCK_KEY = 0x4661726d466c74L;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresFleetLock.class);
    private static final long POLL_MILLIS = 200;

    private final HikariDataSource dataSource;

    PostgresFleetLock(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Held> tryAcquire() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(true);
            if (tryLock(c)) {
                return Optional.of(held(c));
            }
            c.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("taking the fleet lock failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Held> acquire(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Held> held = tryAcquire();
            if (held.isPresent() || System.nanoTime() >= deadline) {
                return held;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_try_advisory_lock(" + FLEET_LOCK_KEY + ")")) {
            return r.next() && r.getBoolean(1);
        }
    }

    private Held held(Connection c) {
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(" + FLEET_LOCK_KEY + ")");
                closeQuietly(c);
            } catch (SQLException e) {
                // a pooled connection would keep the session and its lock: drop it, which ends the session
                LOG.warn("releasing the fleet lock failed, dropping its connection: {}", e.getMessage());
                dataSource.evictConnection(c);
            }
        };
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing the fleet lock connection failed: {}", e.getMessage());
        }
    }
}
