package dev.farmguard.collector.intake;

import dev.farmguard.collector.model.DeviceSnapshot;
import java.util.List;

/**
 * Told about snapshots right after they are committed (and acknowledged). Detection plugs in here: run
 * the device rules on each new snapshot and save the result with {@code Store.saveAssessment}. Called on
 * the single storage thread, in commit order; keep it quick (or hand off to a bounded executor), because
 * ingest waits while it runs. Duplicates are never passed.
 */
@FunctionalInterface
public interface SnapshotListener {

    void onCommitted(List<DeviceSnapshot> newlyStored);
}
