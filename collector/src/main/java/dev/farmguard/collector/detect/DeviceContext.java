package dev.farmguard.collector.detect;

import dev.farmguard.collector.classify.DeviceClassification;
import dev.farmguard.collector.classify.LiveSession;
import dev.farmguard.collector.classify.SignatureClassifier;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.RosterEntry;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a device rule sees: the device's snapshots in the evaluation window (oldest first, the newest last), who
 * holds the device according to the roster, and the catalog classification of the newest snapshot (computed once,
 * on first use, and shared by the rules). Event time only: {@link #asOf()} is the newest collection time.
 */
public final class DeviceContext {

    private final List<DeviceSnapshot> history;
    private final Optional<RosterEntry> roster;
    private final SignatureClassifier classifier;
    private DeviceClassification classification;
    /** Per check-in, by identity: two rules read every check-in's live sessions, the matching runs once. */
    private final Map<DeviceSnapshot, List<LiveSession>> liveSessions = new IdentityHashMap<>();

    public DeviceContext(List<DeviceSnapshot> history, Optional<RosterEntry> roster, SignatureClassifier classifier) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a device context needs at least one snapshot");
        }
        this.history = List.copyOf(history);
        this.roster = roster;
        this.classifier = classifier;
    }

    public DeviceSnapshot latest() {
        return history.get(history.size() - 1);
    }

    public List<DeviceSnapshot> history() {
        return history;
    }

    public Optional<RosterEntry> roster() {
        return roster;
    }

    public String deviceId() {
        return latest().deviceId();
    }

    /** The event time the rules reason up to: the newest snapshot's collection time. */
    public Instant asOf() {
        return latest().collectedAt();
    }

    public SignatureClassifier classifier() {
        return classifier;
    }

    /** Remote tools whose session was in progress at check-in {@code s} of this history (computed once per check-in). */
    public synchronized List<LiveSession> liveSessions(DeviceSnapshot s) {
        return liveSessions.computeIfAbsent(s, snapshot -> classifier.liveSessions(snapshot.remoteAccess()));
    }

    /** The catalog's view of the newest snapshot. */
    public synchronized DeviceClassification classification() {
        if (classification == null) {
            classification = classifier.classify(latest());
        }
        return classification;
    }
}
