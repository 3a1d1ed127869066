package dev.farmguard.collector.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter, sort and keyset SQL of {@link DeviceQueries}, and the V5 index that feeds it; one subclass per database. */
abstract class DeviceQueriesContract {

    static final Instant T0 = SnapshotBuilder.T0;
    protected Store store;

    protected abstract Store openFresh() throws Exception;

    protected abstract Store reopen() throws Exception;

    /** Runs one statement on the store's database outside the store (the triage tables are another helper's). */
    protected abstract void execute(String sql) throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openFresh();
        save(SnapshotBuilder.laptop("alpha").ip("203.0.113.5").gateway("a0:40:a0:00:00:01").wifi("3c:37:86:00:00:01")
                .at(T0).build());
        save(SnapshotBuilder.laptop("beta").ip("198.51.100.7").gateway("a0:40:a0:00:00:02").at(T0.plusSeconds(60))
                .build());
        save(SnapshotBuilder.laptop("gamma").ip("2001:db8::1").at(T0.plusSeconds(120)).build());
        store.saveAssessment(new Assessment("alpha", 90, Verdict.LAPTOP_FARM, List.of(
                finding("ip_kvm.usb_identity"), finding("remote_control.tool_running")), T0, "farm"));
        store.saveAssessment(new Assessment("beta", 40, Verdict.REVIEW, List.of(finding("remote_control.tool_running")),
                T0, "review"));
        store.replaceRoster(List.of(
                new RosterEntry("alpha", "E1", "Alice Smith", "alice@example.com", "US", "", "", null, null, ""),
                new RosterEntry("beta", "E2", "Bob 100%_Jones", "bob@example.com", "de", "", "", null, null, "")));
        store.enrollments().revokeDevice("beta", T0);
        execute("INSERT INTO cases (device_id, state, updated_at, updated_by) VALUES ('alpha', 'investigating', 1, 't')");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void save(DeviceSnapshot s) {
        store.saveSnapshots(List.of(s), s.collectedAt());
    }

    static Finding finding(String rule) {
        return new Finding(rule, Finding.Severity.HIGH, rule + " seen", Map.of("k", "v"));
    }

    private List<String> ids(UnaryOperator<Builder> filter) {
        return store.queries().page(filter.apply(new Builder()).build()).stream().map(DeviceRow::deviceId).toList();
    }

    @Test
    void everyFilterSelectsInSql() {
        assertThat(ids(b -> b)).containsExactly("alpha", "beta", "gamma");
        assertThat(ids(b -> b.verdicts(EnumSet.of(Verdict.REVIEW, Verdict.OK)))).containsExactly("beta", "gamma");
        assertThat(ids(b -> b.risk(40, 89))).containsExactly("beta");
        assertThat(ids(b -> b.rule("ip_kvm.usb_identity"))).containsExactly("alpha");
        assertThat(ids(b -> b.family("control"))).containsExactly("alpha", "beta");
        assertThat(ids(b -> b.employee("E2"))).containsExactly("beta");
        assertThat(ids(b -> b.employee("SMITH"))).containsExactly("alpha");
        assertThat(ids(b -> b.employee("@example.com"))).containsExactly("alpha", "beta");
        assertThat(ids(b -> b.employee("100%_"))).containsExactly("beta");
        assertThat(ids(b -> b.employee("b%j"))).isEmpty();
        assertThat(ids(b -> b.country("DE"))).containsExactly("beta");
        assertThat(ids(b -> b.seen(T0.plusSeconds(60), T0.plusSeconds(120)))).containsExactly("beta");
        assertThat(ids(b -> b.ip("203.0.113.0/24"))).containsExactly("alpha");
        assertThat(ids(b -> b.ip("198.51.100.7"))).containsExactly("beta");
        assertThat(ids(b -> b.ip("2001:db8::/32"))).containsExactly("gamma");
        assertThat(ids(b -> b.ip("0.0.0.0/0"))).containsExactly("alpha", "beta");
        assertThat(ids(b -> b.gatewayMac("a0:40:a0:00:00:02"))).containsExactly("beta");
        assertThat(ids(b -> b.bssid("3c:37:86:00:00:01"))).containsExactly("alpha");
        assertThat(ids(b -> b.hostname("ETA-"))).containsExactly("beta");
        assertThat(ids(b -> b.hostname("%"))).isEmpty();
        assertThat(ids(b -> b.caseState("investigating"))).containsExactly("alpha");
        assertThat(ids(b -> b.caseState("none"))).containsExactly("beta", "gamma");
        assertThat(ids(b -> b.revoked(true))).containsExactly("beta");
        assertThat(ids(b -> b.revoked(false).family("control"))).containsExactly("alpha");
    }

    @Test
    void aRowCarriesHolderCaseAndRevocation() {
        DeviceRow beta = store.queries().row("beta");
        assertThat(beta.employee()).isEqualTo(new DeviceRow.Employee("E2", "Bob 100%_Jones", "bob@example.com", "de"));
        assertThat(beta.revoked()).isTrue();
        assertThat(beta.caseState()).isEqualTo("none");
        assertThat(beta.hostname()).isEqualTo("beta-host");
        assertThat(store.queries().row("gamma").verdict()).isEqualTo(Verdict.OK);
        assertThat(store.queries().row("alpha").caseState()).isEqualTo("investigating");
        assertThat(store.queries().row("nobody")).isNull();
    }

    @Test
    void everySortPagesThroughEveryDeviceOnceWhileDevicesArrive() {
        for (int i = 0; i < 30; i++) {
            save(SnapshotBuilder.laptop("d" + (i % 7) + "-" + i).at(T0.plusSeconds(i % 5)).build());
            store.saveAssessment(new Assessment("d" + (i % 7) + "-" + i, i % 4 * 10, Verdict.OK, List.of(), T0, ""));
        }
        for (DeviceSort sort : DeviceSort.values()) {
            List<String> before = ids(b -> b.sort(sort).limit(1000));
            List<String> paged = new ArrayList<>();
            DeviceQuery q = new Builder().sort(sort).limit(4).build();
            int arrivals = 0;
            while (true) {
                List<DeviceRow> page = store.queries().page(q);
                page.forEach(r -> paged.add(r.deviceId()));
                if (page.size() < 4) {
                    break;
                }
                // new devices land on both sides of the page boundary
                save(SnapshotBuilder.laptop("new-" + sort + "-" + arrivals).at(T0.plusSeconds(arrivals % 5)).build());
                arrivals++;
                q = q.after(page.get(page.size() - 1).pageKey(sort));
            }
            assertThat(paged).as(sort.apiName()).doesNotHaveDuplicates();
            assertThat(paged).as(sort.apiName()).containsAll(before);
            List<String> sortedAgain = ids(b -> b.sort(sort).limit(10_000)).stream().filter(paged::contains).toList();
            assertThat(paged).as(sort.apiName() + " order").isEqualTo(sortedAgain);
        }
    }

    @Test
    void verdictHistoryKeepsEveryChangeAndNothingElse() {
        store.saveAssessment(new Assessment("beta", 40, Verdict.REVIEW, List.of(), T0.plusSeconds(10), "same"));
        store.saveAssessment(new Assessment("beta", 75, Verdict.LAPTOP_FARM, List.of(finding("ip_kvm.usb_identity")),
                T0.plusSeconds(20), "rose"));
        store.saveAssessment(new Assessment("beta", 10, Verdict.OK, List.of(), T0.plusSeconds(30), "fell"));
        List<VerdictChange> h = store.queries().verdictHistory("beta", Instant.EPOCH, T0.plusSeconds(3600), 100);
        assertThat(h).extracting(VerdictChange::risk).containsExactly(40, 75, 10);
        assertThat(h.get(1).findings()).extracting(Finding::rule).containsExactly("ip_kvm.usb_identity");
        assertThat(h).extracting(VerdictChange::sequence).containsExactly(1L, 2L, 3L);
        assertThat(store.queries().verdictHistory("beta", T0.plusSeconds(20), T0.plusSeconds(30), 100))
                .extracting(VerdictChange::verdict).containsExactly(Verdict.LAPTOP_FARM);
        // the index follows the latest assessment: the old rule no longer selects it
        assertThat(ids(b -> b.family("control"))).containsExactly("alpha");
    }

    @Test
    void clustersComeFromTheFleetFindingsEvidence() {
        Map<String, Object> network = Map.of("kind", "gateway MAC", "network", "a0:40:a0:00:00:09",
                "from", T0.toString(), "to", T0.plusSeconds(7200).toString());
        for (String id : List.of("alpha", "beta")) {
            store.saveAssessment(new Assessment(id, 80, Verdict.LAPTOP_FARM, List.of(
                    new Finding("colocation.shared_network", Finding.Severity.HIGH, "shared",
                            Map.of("networks", List.of(network))),
                    new Finding("remote_control.shared_peer", Finding.Severity.HIGH, "peer",
                            Map.of("shared", List.of("anydesk 123 456 789")))), T0, ""));
        }
        List<ClusterMember> all = store.queries().clusterMembers(null);
        assertThat(all).extracting(ClusterMember::clusterKey).containsExactly("gateway_mac a0:40:a0:00:00:09",
                "gateway_mac a0:40:a0:00:00:09", "remote_peer anydesk 123 456 789", "remote_peer anydesk 123 456 789");
        assertThat(all.get(0).employeeName()).isEqualTo("Alice Smith");
        assertThat(all.get(0).from()).isEqualTo(T0);
        assertThat(store.queries().clusterMembers("remote_peer")).hasSize(2);
        assertThat(store.queries().clusterMembersOf("beta")).hasSize(4);
        assertThat(store.queries().clusterMembersOf("gamma")).isEmpty();
    }

    @Test
    void exportStreamsEveryMatchingRowInOrder() throws IOException {
        for (int i = 0; i < 1200; i++) {
            save(SnapshotBuilder.laptop(String.format("bulk-%04d", i)).at(T0).build());
        }
        List<String> seen = new ArrayList<>();
        store.queries().stream(new Builder().sort(DeviceSort.HOSTNAME).hostname("bulk-").build(),
                r -> seen.add(r.deviceId()));
        assertThat(seen).hasSize(1200).isSorted();
    }

    @Test
    void devicesStoredBeforeTheIndexAreIndexedAtOpen() throws Exception {
        execute("DELETE FROM device_search");
        execute("DELETE FROM device_terms");
        store.close();
        store = reopen();
        assertThat(ids(b -> b.rule("ip_kvm.usb_identity").gatewayMac("a0:40:a0:00:00:01"))).containsExactly("alpha");
        assertThat(ids(b -> b.sort(DeviceSort.RISK_DESC))).containsExactly("alpha", "beta", "gamma");
    }

    /** Query under test: every filter off unless set. */
    static final class Builder {
        private Set<Verdict> verdicts = Set.of();
        private Integer riskMin;
        private Integer riskMax;
        private String rule;
        private String family;
        private String employee;
        private String country;
        private Instant seenAfter;
        private Instant seenBefore;
        private String[] ip;
        private String gatewayMac;
        private String bssid;
        private String hostname;
        private String caseState;
        private Boolean revoked;
        private DeviceSort sort = DeviceSort.HOSTNAME;
        private int limit = 100;

        Builder verdicts(Set<Verdict> v) { verdicts = v; return this; }
        Builder risk(int min, int max) { riskMin = min; riskMax = max; return this; }
        Builder rule(String r) { rule = r; return this; }
        Builder family(String f) { family = f; return this; }
        Builder employee(String e) { employee = e; return this; }
        Builder country(String c) { country = c; return this; }
        Builder seen(Instant after, Instant before) { seenAfter = after; seenBefore = before; return this; }
        Builder ip(String cidr) {
            Cidr c = Cidr.parse(cidr);
            ip = IpKeys.range(c.network(), c.prefixLength());
            return this;
        }
        Builder gatewayMac(String m) { gatewayMac = m; return this; }
        Builder bssid(String b) { bssid = b; return this; }
        Builder hostname(String h) { hostname = h; return this; }
        Builder caseState(String s) { caseState = s; return this; }
        Builder revoked(boolean r) { revoked = r; return this; }
        Builder sort(DeviceSort s) { sort = s; return this; }
        Builder limit(int l) { limit = l; return this; }

        DeviceQuery build() {
            return new DeviceQuery(verdicts, riskMin, riskMax, rule, family, employee, country, seenAfter, seenBefore,
                    ip, gatewayMac, bssid, hostname, caseState, revoked, sort, null, limit);
        }
    }

}
