package dev.farmguard.collector.intake;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.store.SaveOutcome;
import java.util.concurrent.CompletableFuture;

/** Where ingest hands snapshots for durable storage; the future completes after commit. */
@FunctionalInterface
public interface SnapshotSink {

    /**
     * Never blocks. The future fails with {@link IntakeRejectedException} when the snapshot cannot be taken
     * now (queue full, storage failed, shutting down).
     */
    CompletableFuture<SaveOutcome> submit(DeviceSnapshot snapshot);
}
