package dev.farmguard.collector.audit;

import java.util.Optional;

/**
 * The audit entry of the request (or command) running on this thread, waiting for the change it describes.
 *
 * <p>The store's first write transaction on this thread claims the entry and inserts it before committing, so the
 * change and its audit line commit or roll back together: a change that fails leaves no line, and a line that
 * cannot be written undoes the change. When the work ends without any write (a query, a no-op), the entry is
 * still unclaimed and the caller appends it on its own.
 */
public final class AuditScope implements AutoCloseable {

    private static final ThreadLocal<AuditScope> CURRENT = new ThreadLocal<>();

    private enum State { PENDING, CLAIMED, COMMITTED, ROLLED_BACK }

    private final AuditEntry entry;
    private final AuditScope outer;
    private State state = State.PENDING;

    private AuditScope(AuditEntry entry, AuditScope outer) {
        this.entry = entry;
        this.outer = outer;
    }

    /** Opens a scope on this thread; close it (try-with-resources) when the work is done. */
    public static AuditScope open(AuditEntry entry) {
        AuditScope scope = new AuditScope(entry, CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** The entry to insert in the transaction about to commit, if this thread has one still waiting. */
    public static Optional<AuditScope> claimable() {
        AuditScope s = CURRENT.get();
        return s != null && s.state == State.PENDING ? Optional.of(s) : Optional.empty();
    }

    /** Takes the entry for the current transaction; call {@link #committed} or {@link #rolledBack} after. */
    public AuditEntry claim() {
        if (state != State.PENDING) {
            throw new IllegalStateException("audit entry already claimed");
        }
        state = State.CLAIMED;
        return entry;
    }

    public void committed() {
        state = State.COMMITTED;
    }

    /** The transaction holding the entry rolled back: the change did not happen, and neither did its audit line. */
    public void rolledBack() {
        state = State.ROLLED_BACK;
    }

    /** True when no transaction took the entry: it still needs writing, on its own. */
    public boolean unclaimed() {
        return state == State.PENDING;
    }

    public AuditEntry entry() {
        return entry;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
