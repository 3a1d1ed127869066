package dev.farmguard.collector.enroll;

import dev.farmguard.collector.store.EnrollmentStore;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The revoked device ids, cached in memory so the TLS handshake (on an event loop) never waits for the
 * database. {@link #refresh()} re-reads the store (on a schedule, because other collectors and the CLI
 * revoke too); {@link #revoke} takes effect here at once. Listeners hear about newly revoked ids so open
 * connections can be closed.
 */
public final class RevocationList {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationList.class);

    private final EnrollmentStore store;
    private final Clock clock;
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Set<String> revoked;

    public RevocationList(EnrollmentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.revoked = Set.copyOf(store.revokedDeviceIds());
    }

    public boolean isRevoked(String deviceId) {
        return revoked.contains(deviceId);
    }

    public int size() {
        return revoked.size();
    }

    /** Called with the ids revoked since the previous look (on the refreshing thread). */
    public void onNewlyRevoked(Consumer<Set<String>> listener) {
        listeners.add(listener);
    }

    /** Revokes a device id in the store and here; false when it was revoked already. */
    public boolean revoke(String deviceId) {
        boolean fresh = store.revokeDevice(deviceId, clock.instant());
        refresh();
        return fresh;
    }

    /** Re-reads the store; failures keep the previous list (logged), since refusing everyone is worse. */
    public synchronized void refresh() {
        Set<String> now;
        try {
            now = Set.copyOf(store.revokedDeviceIds());
        } catch (RuntimeException e) {
            LOG.warn("cannot refresh the device revocation list, keeping {} entries: {}", revoked.size(),
                    e.getMessage());
            return;
        }
        Set<String> added = new HashSet<>(now);
        added.removeAll(revoked);
        revoked = now;
        if (!added.isEmpty()) {
            LOG.info("revoked devices: {}", added);
            for (Consumer<Set<String>> l : listeners) {
                l.accept(Set.copyOf(added));
            }
        }
    }
}
