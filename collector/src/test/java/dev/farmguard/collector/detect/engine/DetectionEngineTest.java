package dev.farmguard.collector.detect.engine;

import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.GEO;
import static dev.farmguard.collector.detect.RuleFixtures.KEYBOARD;
import static dev.farmguard.collector.detect.RuleFixtures.PHOENIX;
import static dev.farmguard.collector.detect.RuleFixtures.STORAGE;
import static dev.farmguard.collector.detect.RuleFixtures.usb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Power;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.SnapshotBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine over a real embedded store: catch-up, fleet rules, scoring, determinism, re-scoring on a new catalog. */
class DetectionEngineTest {

    private static final Catalog CATALOG = CatalogLoader.loadBundled();
    private static final String ROUTER = "a0:40:a0:00:00:01";

    @TempDir
    Path dir;

    /** Eight KVM-driven laptops at one facilitator's home in Phoenix, claimed by eight New Yorkers; two employees. */
    private static List<DeviceSnapshot> fleet() {
        List<DeviceSnapshot> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            out.addAll(SnapshotBuilder.laptop("farm-" + i).ip(PHOENIX).gateway(ROUTER)
                    .power(Power.Source.AC, Power.Lid.CLOSED).displays(false, null)
                    .usb(usb(0x046d, 0xc534, "Logitech", "USB Receiver", "", true, KEYBOARD, STORAGE))
                    .at(SnapshotBuilder.T0.plusSeconds(37L * i)).series(60, Duration.ofHours(1), (n, b) -> { }));
        }
        for (int i = 0; i < 2; i++) {
            out.addAll(SnapshotBuilder.laptop("staff-" + i).ip("203.0.113." + (10 + i)).gateway("f8:bb:bf:00:00:0" + i)
                    .series(9, Duration.ofHours(1), (n, b) -> { }));
        }
        return out;
    }

    private static List<RosterEntry> roster() {
        List<RosterEntry> r = new ArrayList<>();
        for (String id : List.of("farm-0", "farm-1", "farm-2", "farm-3", "farm-4", "farm-5", "farm-6", "farm-7",
                "staff-0", "staff-1")) {
            r.add(new RosterEntry(id, "E-" + id, "", "", "US", "New York", "New York", 40.71, -74.0,
                    "America/New_York"));
        }
        return r;
    }

    private static DetectionEngine engine(Store store, Catalog catalog) {
        return DetectionEngine.create(store, CONFIG, catalog, GEO, List.of("fake"), false, new SimpleMeterRegistry());
    }

    private Store storeWith(String name, List<DeviceSnapshot> snapshots) {
        Store store = StoreFactory.sqlite(dir.resolve(name + ".db"));
        store.replaceRoster(roster());
        for (int i = 0; i < snapshots.size(); i += 100) {
            store.saveSnapshots(snapshots.subList(i, Math.min(snapshots.size(), i + 100)), SnapshotBuilder.T0);
        }
        return store;
    }

    @Test
    void aRunScoresEveryDeviceWithItsDeviceAndFleetFindings() throws Exception {
        try (Store store = storeWith("a", fleet()); DetectionEngine engine = engine(store, CATALOG)) {
            DetectionRunReport report = engine.runNow();
            assertThat(report.ran()).isTrue();
            assertThat(report.devices()).isEqualTo(10);
            assertThat(report.evaluated()).isEqualTo(10);
            assertThat(report.verdicts()).containsEntry("laptop_farm", 8).containsEntry("ok", 2);
            Assessment farm = store.assessment("farm-3").orElseThrow();
            assertThat(farm.verdict()).isEqualTo(Verdict.LAPTOP_FARM);
            assertThat(farm.findings()).extracting(Finding::rule).contains("ip_kvm.composite_gadget",
                    "colocation.shared_network", "ip_kvm.shared_identity", "headless.unattended",
                    "location.far_from_roster");
            assertThat(farm.asOf()).isEqualTo(SnapshotBuilder.T0.plusSeconds(37L * 3).plus(Duration.ofHours(59)));
            assertThat(store.assessment("staff-1").orElseThrow().verdict()).isEqualTo(Verdict.OK);
            DetectionRunReport again = engine.runNow();
            assertThat(again.evaluated()).isZero();
            assertThat(again.assessmentsSaved()).isZero();
        }
    }

    @Test
    void theSameDataGivesTheSameAssessmentsWhateverTheArrivalOrder() throws Exception {
        List<DeviceSnapshot> shuffled = new ArrayList<>(fleet());
        Collections.shuffle(shuffled, new java.util.Random(7));
        List<Assessment> first;
        List<Assessment> second;
        try (Store a = storeWith("a", fleet()); DetectionEngine e = engine(a, CATALOG)) {
            e.runNow();
            first = a.assessments();
        }
        try (Store b = storeWith("b", shuffled); DetectionEngine e = engine(b, CATALOG)) {
            e.runNow();
            second = b.assessments();
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aNewCatalogReclassifiesAndRescoresStoredDevices() throws Exception {
        try (Store store = storeWith("a", fleet())) {
            try (DetectionEngine engine = engine(store, CATALOG)) {
                engine.runNow();
            }
            try (DetectionEngine same = engine(store, CATALOG)) {
                assertThat(same.runNow().evaluated()).isZero();
            }
            try (DetectionEngine updated = engine(store, CATALOG.withVersion(CATALOG.version() + ".1"))) {
                DetectionRunReport report = updated.runNow();
                assertThat(report.evaluated()).isEqualTo(10);
                assertThat(report.rulesVersion()).startsWith(CATALOG.version() + ".1/");
            }
        }
    }

    @Test
    void aRosterImportReevaluatesDevicesAndNewSnapshotsAreCaughtUp() throws Exception {
        try (Store store = storeWith("a", fleet()); DetectionEngine engine = engine(store, CATALOG)) {
            engine.runNow();
            store.replaceRoster(roster().subList(0, 9));
            assertThat(engine.runNow().evaluated()).isEqualTo(10);
            store.saveSnapshots(List.of(SnapshotBuilder.laptop("staff-0").ip("203.0.113.10").sequence(10)
                    .at(SnapshotBuilder.T0.plus(Duration.ofHours(20))).build()), SnapshotBuilder.T0);
            assertThat(engine.runNow().evaluated()).isEqualTo(1);
        }
    }
}
