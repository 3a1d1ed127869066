package dev.farmguard.collector.store;

import dev.farmguard.collector.logging.LogSafe;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AlertOutbox} over the store's JDBC pool. Claiming is a lease: a conditional update that only succeeds on
 * a row nobody holds, so two dispatchers never both take one row; on PostgreSQL the candidate rows are read with
 * {@code FOR UPDATE SKIP LOCKED} so concurrent dispatchers pass over each other's rows instead of waiting.
 */
final class JdbcAlertOutbox implements AlertOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAlertOutbox.class);
    private static final long WARN_EVERY_MILLIS = 60_000;
    private static final int MAX_ERROR_CHARS = 500;

    private final Jdbc jdbc;
    private final SqlDialect dialect;
    private volatile AlertTrigger trigger = AlertTrigger.NONE;
    private volatile List<String> outputs = List.of();
    private volatile int limit = Integer.MAX_VALUE;
    private final Map<String, AtomicLong> dropped = new ConcurrentHashMap<>();
    private final AtomicLong lastWarning = new AtomicLong();

    JdbcAlertOutbox(Jdbc jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    @Override
    public int install(AlertTrigger newTrigger, Set<String> newOutputs, int newLimit) {
        if (newLimit < 1) {
            throw new IllegalArgumentException("the outbox limit must be at least 1, got " + newLimit);
        }
        this.outputs = List.copyOf(new TreeSet<>(newOutputs));
        this.limit = newLimit;
        this.trigger = newTrigger;
        return jdbc.inTransaction("forgetting alerts of removed outputs", c -> {
            int removed = 0;
            for (String output : Jdbc.query(c, "SELECT DISTINCT output FROM alert_outbox", r -> r.getString(1))) {
                if (!newOutputs.contains(output)) {
                    removed += Jdbc.update(c, "DELETE FROM alert_outbox WHERE output = ?", output);
                }
            }
            return removed;
        });
    }

    /** Called by the store inside the transaction that saves {@code current}, before it is saved. */
    void beforeSave(Connection c, Assessment current) throws SQLException {
        AlertTrigger t = trigger;
        if (t == AlertTrigger.NONE) {
            return;
        }
        Assessment previous = previous(c, current.deviceId());
        if (!t.mayAlert(previous, current)) {
            return;
        }
        Optional<DeviceSummary> device = Jdbc.query(c, "SELECT " + JdbcStore.SUMMARY_COLUMNS
                + " FROM devices WHERE device_id = ?", JdbcStore::summary, current.deviceId()).stream().findFirst();
        Optional<RosterEntry> holder = Jdbc.query(c, "SELECT * FROM roster WHERE device_id = ?",
                JdbcStore::rosterEntry, current.deviceId()).stream().findFirst();
        append(c, t.events(previous, current, device, holder));
    }

    /** The stored assessment without its findings (not needed to compare verdicts, and costly to decode). */
    private Assessment previous(Connection c, String deviceId) throws SQLException {
        // PostgreSQL: lock the row, so a concurrent save of this device waits and then sees this one's verdict
        String lock = dialect == SqlDialect.POSTGRESQL ? " FOR UPDATE" : "";
        List<Assessment> rows = Jdbc.query(c, "SELECT risk, verdict, as_of FROM assessments WHERE device_id = ?"
                + lock, r -> new Assessment(deviceId, r.getInt(1), Verdict.valueOf(r.getString(2)), List.of(),
                Instant.ofEpochMilli(r.getLong(3)), ""), deviceId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void append(Connection c, List<OutboxEvent> events) throws SQLException {
        List<String> targets = outputs;
        int added = 0;
        long now = System.currentTimeMillis();
        for (OutboxEvent e : events) {
            if (e.onceKey() != null && Jdbc.update(c, "INSERT INTO alert_once (alert_key, event_id, raised_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (alert_key) DO NOTHING", e.onceKey(), e.id(), now) == 0) {
                continue;
            }
            for (String output : targets) {
                added += Jdbc.update(c, "INSERT INTO alert_outbox (event_id, output, created_at, event_time, body, "
                                + "attempts, next_attempt_at, lease_owner, lease_until, last_error) "
                                + "VALUES (?, ?, ?, ?, ?, 0, ?, ?, 0, ?) ON CONFLICT (event_id, output) DO NOTHING",
                        e.id(), output, now, e.eventTime().toEpochMilli(), e.body(), now,
                        Jdbc.nullable(null, Types.VARCHAR), Jdbc.nullable(null, Types.VARCHAR));
            }
        }
        if (added > 0) {
            enforceBound(c);
        }
    }

    private void enforceBound(Connection c) throws SQLException {
        int rows = Jdbc.query(c, "SELECT COUNT(*) FROM alert_outbox", r -> r.getInt(1)).get(0);
        int excess = rows - limit;
        if (excess <= 0) {
            return;
        }
        List<String[]> oldest = Jdbc.query(c, "SELECT event_id, output FROM alert_outbox "
                + "ORDER BY created_at, event_id, output LIMIT ?", r -> new String[] {r.getString(1), r.getString(2)},
                excess);
        for (String[] row : oldest) {
            if (Jdbc.update(c, "DELETE FROM alert_outbox WHERE event_id = ? AND output = ?", row[0], row[1]) > 0) {
                dropped.computeIfAbsent(row[1], k -> new AtomicLong()).incrementAndGet();
            }
        }
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
            LOG.warn("alert outbox full ({} rows): dropped the {} oldest undelivered events; "
                    + "check that the alert outputs are reachable (dropped totals: {})", limit, oldest.size(), dropped);
        }
    }

    @Override
    public List<OutboxDelivery> claim(String output, String owner, int max, Instant now, Duration lease) {
        long at = now.toEpochMilli();
        long until = now.plus(lease).toEpochMilli();
        String skipLocked = dialect == SqlDialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
        return jdbc.inTransaction("claiming alerts for " + output, c -> {
            List<OutboxDelivery> candidates = Jdbc.query(c, "SELECT event_id, body, event_time, created_at, attempts "
                            + "FROM alert_outbox WHERE output = ? AND next_attempt_at <= ? AND lease_until < ? "
                            + "ORDER BY created_at, event_id LIMIT ?" + skipLocked,
                    r -> new OutboxDelivery(r.getString(1), output, r.getString(2), Instant.ofEpochMilli(r.getLong(3)),
                            Instant.ofEpochMilli(r.getLong(4)), r.getInt(5), owner, Instant.ofEpochMilli(until)),
                    output, at, at, max);
            List<OutboxDelivery> claimed = new ArrayList<>(candidates.size());
            for (OutboxDelivery d : candidates) {
                if (Jdbc.update(c, "UPDATE alert_outbox SET lease_owner = ?, lease_until = ? "
                        + "WHERE event_id = ? AND output = ? AND lease_until < ?", owner, until, d.eventId(), output,
                        at) == 1) {
                    claimed.add(d);
                }
            }
            return claimed;
        });
    }

    @Override
    public void delivered(OutboxDelivery d) {
        jdbc.update("removing a delivered alert", "DELETE FROM alert_outbox WHERE event_id = ? AND output = ? "
                + "AND lease_owner = ?", d.eventId(), d.output(), d.owner());
    }

    @Override
    public void retryAt(OutboxDelivery d, Instant next, String error) {
        jdbc.update("scheduling an alert retry", "UPDATE alert_outbox SET attempts = attempts + 1, "
                        + "next_attempt_at = ?, lease_owner = NULL, lease_until = 0, last_error = ? "
                        + "WHERE event_id = ? AND output = ? AND lease_owner = ?", next.toEpochMilli(), shorten(error),
                d.eventId(), d.output(), d.owner());
    }

    @Override
    public void failed(OutboxDelivery d, String error) {
        LOG.warn("alert {} refused for good by output {}: {}", d.eventId(), d.output(), LogSafe.text(error));
        delivered(d);
    }

    @Override
    public int release(String owner) {
        return jdbc.update("releasing alert leases", "UPDATE alert_outbox SET lease_owner = NULL, lease_until = 0 "
                + "WHERE lease_owner = ?", owner);
    }

    @Override
    public int depth(String output) {
        return jdbc.queryOne("counting waiting alerts", "SELECT COUNT(*) FROM alert_outbox WHERE output = ?",
                r -> r.getInt(1), output).orElse(0);
    }

    @Override
    public long dropped(String output) {
        AtomicLong n = dropped.get(output);
        return n == null ? 0 : n.get();
    }

    private static String shorten(String error) {
        String e = error == null ? "" : error;
        return e.length() <= MAX_ERROR_CHARS ? e : e.substring(0, MAX_ERROR_CHARS);
    }
}
