package dev.farmguard.collector.roster;

import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.store.Store;
import java.util.List;

/** Parses a roster CSV and, only when every row is good, replaces the stored roster in one transaction. */
public final class RosterImporter {

    private final Store store;

    public RosterImporter(Store store) {
        this.store = store;
    }

    /** Returns the number of rows imported; throws {@link RosterFormatException} and changes nothing on a bad row. */
    public int importCsv(String csv) {
        List<RosterEntry> entries = RosterCsv.parse(csv);
        store.replaceRoster(entries);
        return entries.size();
    }
}
