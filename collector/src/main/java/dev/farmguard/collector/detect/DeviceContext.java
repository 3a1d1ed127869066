package dev.farmguard.collector.detect;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.RosterEntry;

import java.util.List;
import java.util.Optional;

/**
 * What a device rule sees: the newest snapshot, the device's snapshots in the evaluation window (oldest
 * first, the newest last), and who holds the device according to the roster.
 */
public record DeviceContext(DeviceSnapshot latest, List<DeviceSnapshot> history, Optional<RosterEntry> roster) {

    public DeviceContext {
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(history.size() - 1) != latest) {
            throw new IllegalArgumentException("history must end with the latest snapshot");
        }
    }
}
