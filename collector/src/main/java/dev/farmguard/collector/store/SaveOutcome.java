package dev.farmguard.collector.store;

/** What happened to one snapshot of a batch. */
public enum SaveOutcome {
    /** Newly stored. */
    STORED,
    /** (device, sequence) had been stored before; nothing changed. */
    DUPLICATE
}
