package dev.farmguard.collector.store;

import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.RosterEntry;
import java.util.List;
import java.util.Optional;

/**
 * Decides which alert events saving an assessment causes. The store asks inside the transaction that saves the
 * assessment, so the events commit or roll back with it, and reads {@code previous} in that transaction too (two
 * collectors saving the same device cannot both see the old verdict).
 */
public interface AlertTrigger {

    /** No alerts: nothing is asked, nothing is written. */
    AlertTrigger NONE = new AlertTrigger() {
        @Override
        public boolean mayAlert(Assessment previous, Assessment current) {
            return false;
        }

        @Override
        public List<OutboxEvent> events(Assessment previous, Assessment current, Optional<DeviceSummary> device,
                                        Optional<RosterEntry> holder) {
            return List.of();
        }
    };

    /**
     * A cheap first look: may replacing {@code previous} cause an event? {@code previous} is null when the device had
     * no assessment; it carries the stored risk, verdict and time but not the findings (not read, to stay cheap).
     */
    boolean mayAlert(Assessment previous, Assessment current);

    /** The events, with what the store holds about the device and its holder (read in the same transaction). */
    List<OutboxEvent> events(Assessment previous, Assessment current, Optional<DeviceSummary> device,
                             Optional<RosterEntry> holder);
}
