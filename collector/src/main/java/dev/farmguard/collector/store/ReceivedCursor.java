package dev.farmguard.collector.store;

import java.time.Instant;

/** A position in the order snapshots were received: (received_at, device_id, sequence), for keyset paging. */
public record ReceivedCursor(Instant receivedAt, String deviceId, long sequence) {

    /** Before every stored snapshot. */
    public static final ReceivedCursor START = new ReceivedCursor(Instant.EPOCH, "", 0);

    /** A cursor moved back in time, so snapshots another collector committed a little late are read too. */
    public ReceivedCursor rewoundBy(java.time.Duration overlap) {
        Instant back = receivedAt.minus(overlap);
        return back.isBefore(Instant.EPOCH) ? START : new ReceivedCursor(back, "", 0);
    }
}
