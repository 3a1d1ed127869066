package dev.farmguard.collector.audit;

import java.time.Instant;

/**
 * A page of the audit log, newest first.
 *
 * @param actor  token id or token name; null = everyone
 * @param action exact action; null = every action
 * @param since  inclusive lower bound on the time; null = none
 * @param until  exclusive upper bound on the time; null = none
 * @param after  keyset position: entries strictly older than (afterAt, afterId); null = from the newest
 */
public record AuditQuery(String actor, String action, Instant since, Instant until, Instant afterAt, String afterId,
                         int limit) {}
