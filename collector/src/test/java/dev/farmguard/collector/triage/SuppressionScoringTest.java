package dev.farmguard.collector.triage;

import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.GEO;
import static dev.farmguard.collector.detect.RuleFixtures.KEYBOARD;
import static dev.farmguard.collector.detect.RuleFixtures.PHOENIX;
import static dev.farmguard.collector.detect.RuleFixtures.STORAGE;
import static dev.farmguard.collector.detect.RuleFixtures.usb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.detect.engine.DetectionEngine;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.FindingSuppression;
import dev.farmguard.collector.model.Power;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.DetectionRecord;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.SnapshotBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.farmguard.collector.testing.SteppingClock;

/**
 * Suppressions through the real engine and store: a suppressed finding stays listed and marked but stops counting, on
 * the device path, the fleet re-score and at expiry; a network suppression covers the devices behind it.
 */
class SuppressionScoringTest {

    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(NOW);
    private Store store;
    private DetectionEngine engine;
    private SuppressionSync sync;

    /** Four KVM-driven laptops behind one Phoenix address, and one ordinary laptop elsewhere. */
    private static List<DeviceSnapshot> fleet() {
        List<DeviceSnapshot> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            out.addAll(SnapshotBuilder.laptop("farm-" + i).ip(PHOENIX).gateway("a0:40:a0:00:00:01")
                    .power(Power.Source.AC, Power.Lid.CLOSED).displays(false, null)
                    .usb(usb(0x046d, 0xc534, "Logitech", "USB Receiver", "", true, KEYBOARD, STORAGE))
                    .at(SnapshotBuilder.T0.plusSeconds(37L * i)).series(30, Duration.ofHours(1), (n, b) -> { }));
        }
        out.addAll(SnapshotBuilder.laptop("staff-0").ip("203.0.113.10").gateway("f8:bb:bf:00:00:01")
                .series(5, Duration.ofHours(1), (n, b) -> { }));
        return out;
    }

    @BeforeEach
    void start() throws Exception {
        store = StoreFactory.sqlite(dir.resolve("t.db"));
        List<DeviceSnapshot> all = fleet();
        for (int i = 0; i < all.size(); i += 100) {
            store.saveSnapshots(all.subList(i, Math.min(all.size(), i + 100)), SnapshotBuilder.T0);
        }
        SuppressionIndex index = new SuppressionIndex(store, clock);
        engine = DetectionEngine.create(store, CONFIG, CatalogLoader.loadBundled(), GEO, List.of("fake"), false,
                new SimpleMeterRegistry(), index);
        sync = new SuppressionSync(index, engine);
        engine.runNow();
    }

    @AfterEach
    void stop() {
        sync.close();
        engine.close();
        store.close();
    }

    private Assessment assessment(String device) {
        return store.assessment(device).orElseThrow();
    }

    private void suppress(String id, String rule, String deviceId, String network) {
        store.suppressions().save(new Suppression(id, rule, deviceId, network, "lab KVM, ticket SEC-42", NOW, "test",
                NOW.plus(Duration.ofHours(1)), null, null));
    }

    /** staff-0 given a decisive KVM finding confirmed by a shared public IP: a farm verdict resting on one finding. */
    private Assessment decisiveFarm() {
        DetectionRecord old = store.detection("staff-0").orElseThrow();
        DetectionRecord record = new DetectionRecord("staff-0", List.of(
                new Finding("ip_kvm.usb_identity", Finding.Severity.CRITICAL, "PiKVM USB gadget", Map.of()),
                new Finding("colocation.shared_public_ip", Finding.Severity.HIGH, "shares an IP", Map.of())),
                old.evaluatedSequence(), old.rulesVersion(), old.deviceAsOf(), List.of(), old.fleetAsOf());
        store.saveDeviceDetection(record, assessment("staff-0"));
        engine.rescore(List.of("staff-0"));
        return assessment("staff-0");
    }

    @Test
    void aFarmWhoseDecisiveFindingIsSuppressedDropsToReviewAndStillListsIt() {
        assertThat(decisiveFarm().verdict()).isEqualTo(Verdict.LAPTOP_FARM);
        suppress("sup_1", "ip_kvm.usb_identity", "staff-0", null);
        assertThat(sync.now()).isEqualTo(1);

        Assessment after = assessment("staff-0");
        assertThat(after.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(after.risk()).isEqualTo(50);
        assertThat(after.findings()).extracting(Finding::rule)
                .containsExactly("colocation.shared_public_ip", "ip_kvm.usb_identity");
        FindingSuppression mark = after.findings().get(1).suppressed();
        assertThat(mark).isEqualTo(new FindingSuppression("sup_1", "lab KVM, ticket SEC-42",
                NOW.plus(Duration.ofHours(1))));
        assertThat(after.findings().get(0).suppressed()).isNull();
        assertThat(after.explanation()).endsWith("1 suppressed finding is not counted.");
        assertThat(sync.now()).as("nothing changed since").isZero();
    }

    @Test
    void anExpiredSuppressionCountsAgainAfterTheNextRefresh() {
        Assessment original = decisiveFarm();
        suppress("sup_1", "ip_kvm.usb_identity", "staff-0", null);
        sync.now();
        assertThat(assessment("staff-0").verdict()).isEqualTo(Verdict.REVIEW);
        clock.advance(Duration.ofHours(2));
        assertThat(sync.now()).isEqualTo(1);
        assertThat(assessment("staff-0")).isEqualTo(original);
    }

    @Test
    void aRemovedSuppressionCountsAgain() {
        Assessment original = decisiveFarm();
        suppress("sup_1", "ip_kvm.usb_identity", "staff-0", null);
        sync.now();
        assertThat(store.suppressions().remove("sup_1", NOW, "test")).isTrue();
        assertThat(store.suppressions().remove("sup_1", NOW, "test")).as("removed once").isFalse();
        assertThat(sync.now()).isEqualTo(1);
        assertThat(assessment("staff-0")).isEqualTo(original);
    }

    @Test
    void fleetRunsAndDeviceEvaluationsKeepSuppressedFindingsOut() throws Exception {
        assertThat(assessment("farm-1").verdict()).isEqualTo(Verdict.LAPTOP_FARM);
        Set<String> rules = assessment("farm-1").findings().stream().map(Finding::rule).collect(Collectors.toSet());
        rules.forEach(rule -> suppress("sup_" + rule, rule, "farm-1", null));
        sync.now();
        Assessment after = assessment("farm-1");
        assertThat(after.verdict()).isEqualTo(Verdict.OK);
        assertThat(after.findings()).hasSize(rules.size()).allSatisfy(f -> assertThat(f.suppressed()).isNotNull());
        assertThat(assessment("farm-2").verdict()).isEqualTo(Verdict.LAPTOP_FARM);

        engine.runNow();
        assertThat(assessment("farm-1")).isEqualTo(after);
        store.saveSnapshots(List.of(SnapshotBuilder.laptop("farm-1").ip(PHOENIX).gateway("a0:40:a0:00:00:01")
                .power(Power.Source.AC, Power.Lid.CLOSED).displays(false, null)
                .usb(usb(0x046d, 0xc534, "Logitech", "USB Receiver", "", true, KEYBOARD, STORAGE))
                .sequence(31).at(SnapshotBuilder.T0.plus(Duration.ofHours(31))).build()), SnapshotBuilder.T0);
        assertThat(engine.runNow().evaluated()).isEqualTo(1);
        assertThat(assessment("farm-1").findings()).filteredOn(f -> rules.contains(f.rule()))
                .isNotEmpty().allSatisfy(f -> assertThat(f.suppressed()).isNotNull());
    }

    @Test
    void aNetworkSuppressionCoversEveryDeviceBehindIt() {
        Set<String> rules = new java.util.TreeSet<>();
        store.assessments().forEach(a -> a.findings().forEach(f -> rules.add(f.rule())));
        rules.forEach(rule -> suppress("sup_" + rule, rule, null, "198.51.100.0/24"));
        assertThat(sync.now()).isEqualTo(4);
        assertThat(store.assessments()).filteredOn(a -> a.deviceId().startsWith("farm-"))
                .allSatisfy(a -> assertThat(a.verdict()).isEqualTo(Verdict.OK));
        assertThat(assessment("staff-0").findings()).allSatisfy(f -> assertThat(f.suppressed()).isNull());
    }
}
