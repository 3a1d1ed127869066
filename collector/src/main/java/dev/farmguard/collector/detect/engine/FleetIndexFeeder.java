package dev.farmguard.collector.detect.engine;

import dev.farmguard.collector.detect.fleet.FleetFactsExtractor;
import dev.farmguard.collector.detect.fleet.FleetIndex;
import dev.farmguard.collector.store.DeviceSummary;
import dev.farmguard.collector.store.ReceivedCursor;
import dev.farmguard.collector.store.ReceivedSnapshot;
import dev.farmguard.collector.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Brings the fleet index up to date from the store: reads the snapshots received since the last read (whichever
 * collector stored them), extracts their fleet facts and adds them. The first read covers the fleet window before
 * the newest stored check-in. With a shared database the read starts a little before the last position, because
 * another collector may commit a snapshot with an earlier receive time after we read; adding a snapshot twice
 * changes nothing.
 */
final class FleetIndexFeeder {

    static final int PAGE = 1000;

    private final Store store;
    private final FleetFactsExtractor extractor;
    private final Duration window;
    private final Duration overlap;
    private ReceivedCursor cursor = ReceivedCursor.START;
    private boolean loaded;

    FleetIndexFeeder(Store store, FleetFactsExtractor extractor, Duration window, Duration overlap) {
        this.store = store;
        this.extractor = extractor;
        this.window = window;
        this.overlap = overlap;
    }

    /** Adds what is new to {@code index}; returns how many snapshots were read. */
    long feed(FleetIndex index, List<DeviceSummary> devices) {
        Instant collectedFrom;
        if (!loaded) {
            Instant newest = devices.stream().map(DeviceSummary::lastSeen).max(Instant::compareTo).orElse(Instant.EPOCH);
            collectedFrom = newest.minus(window).isBefore(Instant.EPOCH) ? Instant.EPOCH : newest.minus(window);
            loaded = true;
        } else {
            Instant from = index.asOf().minus(window);
            collectedFrom = from.isBefore(Instant.EPOCH) ? Instant.EPOCH : from;
        }
        ReceivedCursor position = overlap.isZero() ? cursor : cursor.rewoundBy(overlap);
        long read = 0;
        while (true) {
            List<ReceivedSnapshot> page = store.snapshotsReceivedAfter(position, collectedFrom, PAGE);
            for (ReceivedSnapshot r : page) {
                index.add(extractor.extract(r.snapshot()));
                position = r.position();
            }
            read += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        if (comesAfter(position, cursor)) {
            cursor = position;
        }
        index.prune(window);
        return read;
    }

    private static boolean comesAfter(ReceivedCursor a, ReceivedCursor b) {
        int c = a.receivedAt().compareTo(b.receivedAt());
        if (c != 0) {
            return c > 0;
        }
        c = a.deviceId().compareTo(b.deviceId());
        return c != 0 ? c > 0 : a.sequence() > b.sequence();
    }
}
