package dev.farmguard.collector.store;

import java.time.Instant;

/**
 * An alert event ready for the outbox.
 *
 * @param id        stable id (the same data gives the same id), unique per event
 * @param eventTime event time of the data behind the event (not the wall clock)
 * @param body      the event as JSON, sent as it is
 * @param onceKey   when not null, the event is raised at most once for this key in the life of the store
 */
public record OutboxEvent(String id, Instant eventTime, String body, String onceKey) {

    public OutboxEvent {
        if (id == null || id.isEmpty() || id.length() > 64) {
            throw new IllegalArgumentException("an event id must be 1..64 characters, got " + id);
        }
    }
}
