package dev.farmguard.collector.store;

import dev.farmguard.collector.audit.AuditEntry;
import dev.farmguard.collector.audit.AuditLog;
import dev.farmguard.collector.audit.AuditQuery;
import java.util.List;

/** The audit log. Entries of changes are written by the change's transaction ({@link dev.farmguard.collector.audit.AuditScope}). */
public interface AuditStore extends AuditLog {

    /** Appends an entry in its own transaction (queries and refusals). */
    @Override
    void append(AuditEntry entry);

    /** Entries newest first (time, then id, descending), filtered. */
    List<AuditEntry> page(AuditQuery query);
}
