package dev.farmguard.collector.detect.fleet;

import static dev.farmguard.collector.detect.RuleFixtures.CLASSIFIER;
import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.IPS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.detect.RuleFixtures;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.store.DeviceSummary;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The clusters the API shows are read back from the fleet rules' own findings: this runs the real rules and checks
 * that every co-location, shared-peer and shared-IP-KVM finding yields the group its evidence names, so a change
 * of the rules' evidence shape cannot silently empty the clusters.
 */
class ClusterEvidenceTest {

    private static final Instant T0 = SnapshotBuilder.T0;
    private static final String ROUTER = "a0:40:a0:11:22:33";

    private final FleetFactsExtractor extractor = new FleetFactsExtractor(IPS, CLASSIFIER, CONFIG);
    private final FleetIndex index = new FleetIndex();
    private final Map<String, String> employees = new HashMap<>();
    private final List<DeviceSummary> devices = new ArrayList<>();

    private void add(List<DeviceSnapshot> history) {
        history.forEach(s -> index.add(extractor.extract(s)));
        DeviceSnapshot last = history.get(history.size() - 1);
        devices.add(new DeviceSummary(last.deviceId(), "h", history.get(0).collectedAt(), last.collectedAt(),
                last.observedIp(), last.sequence()));
        employees.putIfAbsent(last.deviceId(), "E-" + last.deviceId());
    }

    /** Cluster key to its members, over every finding of every device. */
    private Map<String, TreeSet<String>> clusters() {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        new FleetRules(CONFIG).evaluate(index, employees, devices).forEach((device, findings) -> {
            for (Finding f : findings) {
                for (ClusterEvidence.Membership m : ClusterEvidence.of(f)) {
                    out.computeIfAbsent(m.clusterKey(), k -> new TreeSet<>()).add(device);
                    if (m.kind().equals("gateway_mac")) {
                        assertThat(m.from()).isNotNull();
                        assertThat(m.to()).isAfter(m.from());
                    }
                }
            }
        });
        return out;
    }

    @Test
    void aFarmBehindOneRouterIsOneGatewayCluster() {
        for (int i = 0; i < 6; i++) {
            add(SnapshotBuilder.laptop("farm-" + i).at(T0.plusSeconds(60L * i)).ip("203.0.113." + (40 + i))
                    .gateway(ROUTER).wifi(null).series(48, Duration.ofHours(1), (n, b) -> { }));
        }
        assertThat(clusters()).containsEntry("gateway_mac " + ROUTER,
                new TreeSet<>(List.of("farm-0", "farm-1", "farm-2", "farm-3", "farm-4", "farm-5")));
    }

    @Test
    void oneRemoteOperatorAndOneIpKvmAreClustersToo() {
        for (String id : List.of("x", "y")) {
            add(List.of(SnapshotBuilder.laptop(id).ip("203.0.113." + (20 + id.charAt(0) - 'x'))
                    .incoming("AnyDesk", T0.minusSeconds(3600), null, "777888999", "29.55.37.69").build()));
        }
        var gadget = RuleFixtures.usb(0x046d, 0xc534, "Logitech", "USB Receiver", "", true, RuleFixtures.KEYBOARD,
                RuleFixtures.STORAGE);
        add(List.of(SnapshotBuilder.laptop("k1").usb(gadget).build()));
        add(List.of(SnapshotBuilder.laptop("k2").usb(gadget).build()));
        Map<String, TreeSet<String>> clusters = clusters();
        assertThat(clusters.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).startsWith("remote_peer ").contains("777888999");
            assertThat(e.getValue()).containsExactly("x", "y");
        });
        assertThat(clusters.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).startsWith("kvm_identity ");
            assertThat(e.getValue()).containsExactly("k1", "k2");
        });
    }

    @Test
    void otherFindingsBelongToNoCluster() {
        assertThat(ClusterEvidence.of(new Finding("ip_kvm.usb_identity", Finding.Severity.HIGH, "x", Map.of())))
                .isEmpty();
        assertThat(ClusterEvidence.of(new Finding("colocation.shared_network", Finding.Severity.HIGH, "x",
                Map.of("networks", "not a list")))).isEmpty();
    }
}
