package dev.farmguard.collector.audit;

/** Where audit entries that belong to no change (queries, refusals) are appended, each on its own. */
@FunctionalInterface
public interface AuditLog {

    /** Keeps nothing: for routers built in tests without a store. */
    AuditLog NONE = entry -> { };

    void append(AuditEntry entry);
}
