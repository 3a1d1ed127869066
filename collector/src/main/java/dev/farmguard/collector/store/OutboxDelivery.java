package dev.farmguard.collector.store;

import java.time.Instant;

/**
 * One event claimed for one output by one dispatcher, until {@code leaseUntil}.
 *
 * @param attempts deliveries tried before this one
 */
public record OutboxDelivery(String eventId, String output, String body, Instant eventTime, Instant createdAt,
                             int attempts, String owner, Instant leaseUntil) {}
