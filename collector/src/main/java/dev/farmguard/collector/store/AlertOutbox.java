package dev.farmguard.collector.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The persistent, bounded outbox of alert events: one row per event and output, written with the assessment that
 * caused the event (see {@link AlertTrigger}), claimed by a dispatcher with a lease, deleted once delivered or
 * refused for good. Methods block (JDBC).
 */
public interface AlertOutbox {

    /**
     * From now on, saved assessments go through {@code trigger}, and each event gets a row for every output in
     * {@code outputs}. At most {@code limit} rows are kept: the oldest are dropped (and counted) beyond it. Rows of
     * outputs no longer configured are deleted; the number deleted is returned.
     */
    int install(AlertTrigger trigger, Set<String> outputs, int limit);

    /**
     * Claims up to {@code max} rows of {@code output} that are due at {@code now} and not leased by anyone,
     * oldest first, for {@code owner} until {@code now + lease}. Rows another dispatcher holds are skipped.
     */
    List<OutboxDelivery> claim(String output, String owner, int max, Instant now, Duration lease);

    /** The output has the event: the row goes (if the owner still holds it). */
    void delivered(OutboxDelivery d);

    /** Delivery failed but may work later: try again at {@code next}, releasing the lease. */
    void retryAt(OutboxDelivery d, Instant next, String error);

    /** The output refused the event for good: the row goes. */
    void failed(OutboxDelivery d, String error);

    /** Releases every lease {@code owner} holds (a dispatcher stopping cleanly), so rows are due again at once. */
    int release(String owner);

    /** Rows waiting for {@code output}. */
    int depth(String output);

    /** Rows of {@code output} dropped by the bound since this store was opened. */
    long dropped(String output);
}
