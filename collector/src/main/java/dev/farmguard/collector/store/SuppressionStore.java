package dev.farmguard.collector.store;

import dev.farmguard.collector.triage.Suppression;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Suppressions, kept forever (removal is recorded, not deleted). Methods block. */
public interface SuppressionStore {

    /** Which suppressions a page lists at {@code now}. */
    enum Status { ACTIVE, EXPIRED, REMOVED, ALL }

    void save(Suppression suppression);

    Optional<Suppression> byId(String id);

    /** Records the removal; false when there is no such suppression or it was removed already. */
    boolean remove(String id, Instant at, String by);

    /** Suppressions not removed and not expired at {@code now}. */
    List<Suppression> active(Instant now);

    /**
     * Newest first (created_at, id descending), strictly older than the keyset position when given.
     *
     * @param rule     null = every rule
     * @param deviceId null = any (network suppressions have none)
     */
    List<Suppression> page(Status status, String rule, String deviceId, Instant now, Instant afterCreatedAt,
                           String afterId, int limit);
}
