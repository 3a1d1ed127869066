package dev.farmguard.collector.store;

import static dev.farmguard.collector.testing.TestSnapshots.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.audit.AuditEntry;
import dev.farmguard.collector.audit.AuditQuery;
import dev.farmguard.collector.audit.AuditScope;
import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.FindingSuppression;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.triage.CaseState;
import dev.farmguard.collector.triage.DeviceCase;
import dev.farmguard.collector.triage.Suppression;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cases, suppressions and the audit log on every database; one subclass per database. */
abstract class TriageStoreContract {

    private static final Instant T = T0.truncatedTo(ChronoUnit.MILLIS);

    protected Store store;

    protected abstract Store openFresh() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openFresh();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static DeviceCase change(String device, CaseState state, int seconds) {
        return new DeviceCase(device, state, "ana", state == CaseState.FALSE_POSITIVE ? "lab KVM" : null,
                "note " + seconds, T.plusSeconds(seconds), "soc (tok_1)");
    }

    private static AuditEntry entry(String id, int seconds, String actor, String action) {
        return new AuditEntry(id, T.plusSeconds(seconds), actor, "name-" + actor, "analyst", action, "PUT",
                "/api/v1/devices/{id}/case", "/api/v1/devices/a/case", "{\"state\":\"resolved\"}", "127.0.0.1", null);
    }

    @Test
    void everyCaseChangeIsKeptAndTheLatestIsCurrent() {
        store.cases().set(change("a", CaseState.ACKNOWLEDGED, 1));
        store.cases().set(change("a", CaseState.INVESTIGATING, 2));
        store.cases().set(change("a", CaseState.FALSE_POSITIVE, 3));
        store.cases().set(change("b", CaseState.RESOLVED, 4));
        assertThat(store.cases().current("a")).contains(change("a", CaseState.FALSE_POSITIVE, 3));
        assertThat(store.cases().history("a")).containsExactly(change("a", CaseState.ACKNOWLEDGED, 1),
                change("a", CaseState.INVESTIGATING, 2), change("a", CaseState.FALSE_POSITIVE, 3));
        assertThat(store.cases().current("c")).isEmpty();
        assertThat(store.cases().page(Set.of(), null, null, 10)).extracting(DeviceCase::deviceId)
                .containsExactly("a", "b");
        assertThat(store.cases().page(Set.of(), null, "a", 10)).extracting(DeviceCase::deviceId).containsExactly("b");
        assertThat(store.cases().page(Set.of(CaseState.RESOLVED, CaseState.ACKNOWLEDGED), null, null, 10))
                .extracting(DeviceCase::deviceId).containsExactly("b");
        assertThat(store.cases().page(Set.of(), "nobody", null, 10)).isEmpty();
        assertThat(store.cases().page(Set.of(), null, null, 1)).hasSize(1);
    }

    @Test
    void suppressionsAreListedByStatusAndRemovalIsRecorded() {
        Suppression device = new Suppression("sup_a", "ip_kvm.usb_identity", "a", null, "lab", T, "x",
                T.plusSeconds(3600), null, null);
        Suppression network = new Suppression("sup_b", "colocation.shared_public_ip", null, "10.0.0.0/8", "office",
                T.plusSeconds(1), "y", T.plusSeconds(60), null, null);
        store.suppressions().save(device);
        store.suppressions().save(network);
        Instant now = T.plusSeconds(120);
        assertThat(store.suppressions().active(now)).containsExactly(device);
        assertThat(store.suppressions().page(SuppressionStore.Status.EXPIRED, null, null, now, null, null, 10))
                .containsExactly(network);
        assertThat(store.suppressions().page(SuppressionStore.Status.ALL, null, null, now, null, null, 10))
                .containsExactly(network, device);
        assertThat(store.suppressions().page(SuppressionStore.Status.ALL, null, null, now, network.createdAt(),
                network.id(), 10)).containsExactly(device);
        assertThat(store.suppressions().page(SuppressionStore.Status.ALL, "ip_kvm.usb_identity", "a", now, null,
                null, 10)).containsExactly(device);
        assertThat(store.suppressions().remove("sup_a", now, "z")).isTrue();
        assertThat(store.suppressions().remove("sup_a", now, "z")).isFalse();
        assertThat(store.suppressions().active(now)).isEmpty();
        assertThat(store.suppressions().byId("sup_a").orElseThrow().removedBy()).isEqualTo("z");
        assertThat(store.suppressions().page(SuppressionStore.Status.REMOVED, null, null, now, null, null, 10))
                .extracting(Suppression::id).containsExactly("sup_a");
    }

    @Test
    void aMarkedFindingSurvivesStorage() {
        Finding f = new Finding("ip_kvm.usb_identity", Finding.Severity.CRITICAL, "PiKVM", Map.of("n", 1))
                .suppressedBy(new FindingSuppression("sup_a", "lab", T.plusSeconds(60)));
        Assessment a = new Assessment("a", 0, Verdict.OK, List.of(f), T, "");
        store.saveAssessment(a);
        assertThat(store.assessment("a")).contains(a);
    }

    @Test
    void theAuditLogPagesNewestFirstWithFilters() {
        store.audit().append(entry("aud_1", 1, "tok_1", "query"));
        store.audit().append(entry("aud_2", 2, "tok_2", "case.set"));
        store.audit().append(entry("aud_3", 3, "tok_1", "case.set"));
        assertThat(page(new AuditQuery(null, null, null, null, null, null, 10))).containsExactly("aud_3", "aud_2",
                "aud_1");
        assertThat(page(new AuditQuery("tok_1", null, null, null, null, null, 10))).containsExactly("aud_3", "aud_1");
        assertThat(page(new AuditQuery("name-tok_2", null, null, null, null, null, 10))).containsExactly("aud_2");
        assertThat(page(new AuditQuery(null, "case.set", null, null, null, null, 10))).containsExactly("aud_3",
                "aud_2");
        assertThat(page(new AuditQuery(null, null, T.plusSeconds(2), T.plusSeconds(3), null, null, 10)))
                .containsExactly("aud_2");
        assertThat(page(new AuditQuery(null, null, null, null, T.plusSeconds(3), "aud_3", 1))).containsExactly("aud_2");
        AuditEntry read = store.audit().page(new AuditQuery(null, null, null, null, null, null, 1)).get(0);
        assertThat(read).isEqualTo(entry("aud_3", 3, "tok_1", "case.set"));
    }

    @Test
    void neutralisedEntriesReadBackUnchanged() {
        AuditEntry e = AuditEntry.neutralised("aud_1", T, "tok_1", "x".repeat(1000) + "\n\u202e", "viewer", "query",
                "GET", "/api/v1/roster", "/api/v1/roster?\u0000", "{}", "::1");
        assertThat(e.actorName()).endsWith("...(1002 chars)").doesNotContain("\n");
        assertThat(e.path()).contains("\\u0000");
        store.audit().append(e);
        assertThat(store.audit().page(new AuditQuery(null, null, null, null, null, null, 1))).containsExactly(e);
    }

    private List<String> page(AuditQuery q) {
        return store.audit().page(q).stream().map(AuditEntry::id).toList();
    }

    @Test
    void aChangeAndItsAuditEntryCommitTogether() {
        try (AuditScope scope = AuditScope.open(entry("aud_1", 1, "tok_1", "case.set"))) {
            store.cases().set(change("a", CaseState.RESOLVED, 1));
            assertThat(scope.unclaimed()).isFalse();
        }
        assertThat(page(new AuditQuery(null, null, null, null, null, null, 10))).containsExactly("aud_1");
        // only the first write of the work carries the entry
        try (AuditScope scope = AuditScope.open(entry("aud_2", 2, "tok_1", "case.set"))) {
            store.cases().set(change("b", CaseState.RESOLVED, 2));
            store.cases().set(change("c", CaseState.RESOLVED, 3));
        }
        assertThat(page(new AuditQuery(null, null, null, null, null, null, 10))).containsExactly("aud_2", "aud_1");
    }

    @Test
    void aFailingChangeLeavesNoAuditEntry() {
        ApiToken t = new ApiToken("tok_1", "ab".repeat(32), Role.VIEWER, "soc", T, null, false);
        store.saveToken(t);
        try (AuditScope scope = AuditScope.open(entry("aud_1", 1, "tok_9", "token.create"))) {
            assertThatThrownBy(() -> store.saveToken(t)).isInstanceOf(StoreException.class);
            assertThat(scope.unclaimed()).as("the entry went down with the change").isFalse();
        }
        assertThat(page(new AuditQuery(null, null, null, null, null, null, 10))).isEmpty();
    }

    @Test
    void anAuditEntryThatCannotBeWrittenUndoesTheChange() {
        store.audit().append(entry("aud_1", 1, "tok_1", "query"));
        try (AuditScope scope = AuditScope.open(entry("aud_1", 2, "tok_1", "case.set"))) {
            assertThatThrownBy(() -> store.cases().set(change("a", CaseState.RESOLVED, 1)))
                    .isInstanceOf(StoreException.class);
        }
        assertThat(store.cases().current("a")).isEmpty();
        assertThat(store.cases().history("a")).isEmpty();
        assertThat(page(new AuditQuery(null, null, null, null, null, null, 10))).containsExactly("aud_1");
    }

    @Test
    void appendingOnItsOwnNeverTakesAPendingChangesEntry() {
        try (AuditScope scope = AuditScope.open(entry("aud_2", 2, "tok_1", "case.set"))) {
            store.audit().append(entry("aud_1", 1, "tok_1", "query"));
            assertThat(scope.unclaimed()).isTrue();
        }
        assertThat(page(new AuditQuery(null, null, null, null, null, null, 10))).containsExactly("aud_1");
    }
}
