package dev.farmguard.collector.store;

import static dev.farmguard.collector.testing.TestSnapshots.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.testing.TestSnapshots;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Store} must do; one subclass per database. */
abstract class StoreContract {

    protected Store store;

    /** A fresh, empty, migrated store. */
    protected abstract Store openFresh() throws Exception;

    /** The same database opened again (a restart). */
    protected abstract Store reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openFresh();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static DeviceSnapshot snap(String device, long seq, int minutes) {
        return TestSnapshots.minimal(device, seq, T0.plusSeconds(60L * minutes)).withObservedIp("198.51.100." + seq);
    }

    @Test
    void savingIsIdempotentOnDeviceAndSequence() {
        assertThat(store.saveSnapshots(List.of(snap("a", 1, 0), snap("a", 2, 1)), T0))
                .containsExactly(SaveOutcome.STORED, SaveOutcome.STORED);
        assertThat(store.saveSnapshots(List.of(snap("a", 2, 1), snap("a", 3, 2), snap("b", 2, 1)), T0))
                .containsExactly(SaveOutcome.DUPLICATE, SaveOutcome.STORED, SaveOutcome.STORED);
        assertThat(store.history("a", Instant.EPOCH, T0.plusSeconds(86_400), 100)).hasSize(3);
    }

    @Test
    void aDuplicateInsideOneBatchIsStoredOnce() {
        assertThat(store.saveSnapshots(List.of(snap("a", 1, 0), snap("a", 1, 0)), T0))
                .containsExactly(SaveOutcome.STORED, SaveOutcome.DUPLICATE);
    }

    @Test
    void currentStateFollowsTheHighestSequence() {
        store.saveSnapshots(List.of(snap("a", 5, 5)), T0);
        store.saveSnapshots(List.of(snap("a", 3, 3)), T0);
        assertThat(store.lastStoredSequence("a")).isEqualTo(5);
        assertThat(store.lastStoredSequence("nobody")).isZero();
        DeviceState state = store.device("a").orElseThrow();
        assertThat(state.summary().latestSequence()).isEqualTo(5);
        assertThat(state.summary().publicIp()).isEqualTo("198.51.100.5");
        assertThat(state.summary().hostname()).isEqualTo("a-host");
        assertThat(state.summary().lastSeen()).isEqualTo(T0.plusSeconds(300).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(state.latest().sequence()).isEqualTo(5);
        assertThat(store.device("nobody")).isEmpty();
    }

    @Test
    void devicesAndLatestSnapshotsAreOrderedById() {
        store.saveSnapshots(List.of(snap("b", 1, 0), snap("a", 1, 0), snap("a", 2, 1)), T0);
        assertThat(store.devices()).extracting(DeviceSummary::deviceId).containsExactly("a", "b");
        assertThat(store.latestSnapshots()).extracting(DeviceSnapshot::deviceId, DeviceSnapshot::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 2L), org.assertj.core.groups.Tuple.tuple("b", 1L));
    }

    @Test
    void historyIsFilteredByTimeRangeOldestFirst() {
        store.saveSnapshots(List.of(snap("a", 1, 0), snap("a", 2, 10), snap("a", 3, 20), snap("b", 1, 10)), T0);
        List<DeviceSnapshot> h = store.history("a", T0.plusSeconds(60), T0.plusSeconds(60 * 20), 100);
        assertThat(h).extracting(DeviceSnapshot::sequence).containsExactly(2L);
        assertThat(store.history("a", Instant.EPOCH, T0.plusSeconds(86_400), 2)).extracting(DeviceSnapshot::sequence)
                .containsExactly(1L, 2L);
    }

    @Test
    void aFullSnapshotSurvivesStorageUnchanged() {
        DeviceSnapshot full = TestSnapshots.full("k", 9).withObservedIp("203.0.113.9");
        store.saveSnapshots(List.of(full), T0);
        assertThat(store.device("k").orElseThrow().latest()).isEqualTo(full);
    }

    @Test
    void rosterIsReplacedWhole() {
        RosterEntry a = new RosterEntry("a", "E1", "Ann", "ann@x", "US", "AZ", "Phoenix", 33.45, -112.07,
                "America/Phoenix");
        RosterEntry b = new RosterEntry("b", "E2", "", "", "", "", "", null, null, "");
        store.replaceRoster(List.of(a, b));
        assertThat(store.roster()).containsExactly(a, b);
        store.replaceRoster(List.of(b));
        assertThat(store.roster()).containsExactly(b);
        assertThat(store.rosterEntry("a")).isEmpty();
        assertThat(store.rosterEntry("b")).contains(b);
    }

    @Test
    void aFailedRosterReplaceLeavesTheOldRoster() {
        RosterEntry a = new RosterEntry("a", "E1", "", "", "", "", "", null, null, "");
        store.replaceRoster(List.of(a));
        RosterEntry dup = new RosterEntry("x", "E9", "", "", "", "", "", null, null, "");
        assertThatThrownBy(() -> store.replaceRoster(List.of(dup, dup))).isInstanceOf(StoreException.class);
        assertThat(store.roster()).containsExactly(a);
    }

    @Test
    void assessmentsAreSavedAndReplaced() {
        Finding f = new Finding("ip_kvm.usb_identity", Finding.Severity.HIGH, "PiKVM attached",
                Map.of("vidPid", "1d6b:0104", "count", 2));
        store.saveAssessment(new Assessment("a", 80, Verdict.LAPTOP_FARM, List.of(f), T0, "why"));
        Assessment read = store.assessment("a").orElseThrow();
        assertThat(read.risk()).isEqualTo(80);
        assertThat(read.verdict()).isEqualTo(Verdict.LAPTOP_FARM);
        assertThat(read.findings()).containsExactly(f);
        store.saveAssessment(Assessment.clean("a", T0.plusSeconds(1)));
        assertThat(store.assessments()).singleElement().satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.OK));
        assertThat(store.assessment("b")).isEmpty();
    }

    @Test
    void tokensAreFoundByHashAndRevoked() {
        Instant t0 = T0.truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // the store keeps milliseconds
        ApiToken t = new ApiToken("tok_1", "ab".repeat(32), Role.ANALYST, "soc", t0, null, false);
        ApiToken u = new ApiToken("tok_2", "cd".repeat(32), Role.ADMIN, "it", t0.plusSeconds(1), t0.plusSeconds(99),
                false);
        store.saveToken(t);
        store.saveToken(u);
        assertThat(store.tokenByHash("ab".repeat(32))).contains(t);
        assertThat(store.tokens()).containsExactly(t, u);
        assertThat(store.revokeToken("tok_1")).isTrue();
        assertThat(store.revokeToken("tok_nope")).isFalse();
        assertThat(store.tokenByHash("ab".repeat(32)).orElseThrow().revoked()).isTrue();
    }

    @Test
    void migrationsAreAppliedOnceAndDataSurvivesAReopen() throws Exception {
        int latest = new Migrations(null, SqlDialect.SQLITE, StoreContract.class.getClassLoader()).available().size();
        assertThat(store.schemaVersion()).isEqualTo(latest);
        store.saveSnapshots(List.of(snap("a", 1, 0)), T0);
        store.close();
        store = reopen();
        assertThat(store.schemaVersion()).isEqualTo(latest);
        assertThat(store.lastStoredSequence("a")).isEqualTo(1);
    }

    @Test
    void recentHistoryKeepsTheNewestWhenTheWindowHoldsMore() {
        store.saveSnapshots(List.of(snap("a", 1, 0), snap("a", 2, 10), snap("a", 3, 20), snap("a", 4, 30)), T0);
        assertThat(store.recentHistory("a", Instant.EPOCH, T0.plusSeconds(60 * 30), 2))
                .extracting(DeviceSnapshot::sequence).containsExactly(2L, 3L);
        assertThat(store.recentHistory("a", T0.plusSeconds(60 * 15), T0.plusSeconds(86_400), 10))
                .extracting(DeviceSnapshot::sequence).containsExactly(3L, 4L);
    }

    @Test
    void snapshotsAreReadInReceiveOrderPageByPage() {
        store.saveSnapshots(List.of(snap("b", 1, 0), snap("a", 1, 0), snap("a", 2, 1)), T0);
        store.saveSnapshots(List.of(snap("a", 3, 2), snap("c", 1, -60 * 24 * 30)), T0.plusSeconds(5));
        Instant from = T0.minusSeconds(3600);
        List<ReceivedSnapshot> first = store.snapshotsReceivedAfter(ReceivedCursor.START, from, 2);
        assertThat(first).extracting(r -> r.snapshot().deviceId() + r.snapshot().sequence()).containsExactly("a1", "a2");
        List<ReceivedSnapshot> rest = store.snapshotsReceivedAfter(first.get(1).position(), from, 10);
        assertThat(rest).extracting(r -> r.snapshot().deviceId() + r.snapshot().sequence()).containsExactly("b1", "a3");
        assertThat(store.snapshotsReceivedAfter(rest.get(1).position(), from, 10)).isEmpty();
        assertThat(rest.get(1).position().receivedAt()).isEqualTo(T0.plusSeconds(5)
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void detectionHalvesAreSavedApartWithTheirAssessment() {
        Instant t = T0.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Finding device = new Finding("ip_kvm.usb_identity", Finding.Severity.CRITICAL, "PiKVM", Map.of("n", 1));
        Finding fleet = new Finding("colocation.shared_network", Finding.Severity.HIGH, "shared", Map.of("n", 7));
        Assessment a1 = new Assessment("a", 80, Verdict.REVIEW, List.of(device), t, "review because");
        store.saveDeviceDetection(new DetectionRecord("a", List.of(device), 4, "v1", t, List.of(), Instant.EPOCH), a1);
        assertThat(store.assessment("a")).contains(a1);
        Assessment a2 = new Assessment("a", 90, Verdict.LAPTOP_FARM, List.of(device, fleet), t, "farm because");
        Assessment b = new Assessment("b", 50, Verdict.REVIEW, List.of(fleet), t, "");
        store.saveFleetDetections(List.of(
                new DetectionRecord("a", List.of(), 0, "", Instant.EPOCH, List.of(fleet), t.plusSeconds(9)),
                new DetectionRecord("b", List.of(), 0, "", Instant.EPOCH, List.of(fleet), t.plusSeconds(9))),
                List.of(a2, b));
        assertThat(store.detection("a")).contains(new DetectionRecord("a", List.of(device), 4, "v1", t,
                List.of(fleet), t.plusSeconds(9)));
        assertThat(store.detections()).extracting(DetectionRecord::deviceId).containsExactly("a", "b");
        assertThat(store.assessments()).containsExactly(a2, b);
        store.saveDeviceDetection(new DetectionRecord("b", List.of(device), 2, "v1", t, List.of(), Instant.EPOCH), b);
        assertThat(store.detection("b").orElseThrow().fleetFindings()).containsExactly(fleet);
    }

    @Test
    void theFleetLockIsHeldByOneRunAtATime() throws Exception {
        FleetLock lock = store.fleetLock();
        FleetLock.Held held = lock.tryAcquire().orElseThrow();
        java.util.concurrent.atomic.AtomicBoolean otherGotIt = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread other = new Thread(() -> otherGotIt.set(lock.tryAcquire().isPresent()));
        other.start();
        other.join();
        assertThat(otherGotIt).isFalse();
        held.close();
        held.close();
        try (FleetLock.Held again = lock.acquire(java.time.Duration.ofSeconds(5)).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void closeIsIdempotent() {
        store.close();
        store.close();
    }
}
