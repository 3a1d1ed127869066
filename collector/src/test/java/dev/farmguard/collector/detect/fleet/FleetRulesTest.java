package dev.farmguard.collector.detect.fleet;

import static dev.farmguard.collector.detect.RuleFixtures.CLASSIFIER;
import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.HOME_NY;
import static dev.farmguard.collector.detect.RuleFixtures.IPS;
import static dev.farmguard.collector.detect.RuleFixtures.IT_PEER;
import static dev.farmguard.collector.detect.RuleFixtures.MOBILE;
import static dev.farmguard.collector.detect.RuleFixtures.OFFICE;
import static dev.farmguard.collector.detect.RuleFixtures.OFFICE_GATEWAY;
import static dev.farmguard.collector.detect.RuleFixtures.TOKYO;
import static dev.farmguard.collector.detect.RuleFixtures.VPN_EXIT;
import static dev.farmguard.collector.detect.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

class FleetRulesTest {

    private static final String FARM_ROUTER = "a0:40:a0:11:22:33";
    private static final Instant T0 = SnapshotBuilder.T0;

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

    private Map<String, List<Finding>> run() {
        return new FleetRules(CONFIG).evaluate(index, employees, devices);
    }

    /** A laptop at home behind {@code router} every hour for {@code hours} hours from {@code start}. */
    private static List<DeviceSnapshot> home(String id, String ip, String router, Instant start, int hours) {
        return SnapshotBuilder.laptop(id).at(start).ip(ip).gateway(router).wifi(null)
                .series(hours, Duration.ofHours(1), (i, b) -> { });
    }

    @Test
    void manyEmployeesBehindOneHomeRouterAtOnceIsAFarm() {
        for (int i = 0; i < 6; i++) {
            add(home("farm-" + i, "203.0.113." + (40 + i), FARM_ROUTER, T0.plusSeconds(60L * i), 48));
        }
        Map<String, List<Finding>> f = run();
        assertThat(f).hasSize(6);
        assertThat(rules(f.get("farm-0"))).containsExactly("colocation.shared_network:critical");
        assertThat(f.get("farm-0").get(0).evidence()).containsEntry("employeesAtOnce", 6);
    }

    @Test
    void housematesAreNormalAndFourLivingThereAreHigh() {
        add(home("a", HOME_NY, FARM_ROUTER, T0, 48));
        add(home("b", HOME_NY, FARM_ROUTER, T0.plusSeconds(300), 48));
        add(home("c", HOME_NY, FARM_ROUTER, T0.plusSeconds(600), 48));
        assertThat(run()).isEmpty();
        add(home("d", HOME_NY, FARM_ROUTER, T0.plusSeconds(900), 48));
        assertThat(rules(run().get("a"))).containsExactly("colocation.shared_network:high");
    }

    @Test
    void aCoworkingSpaceByDayWithEveryoneHomeAtNightIsLowAtMost() {
        String cowork = "3c:37:86:ab:cd:ef";
        for (int i = 0; i < 10; i++) {
            List<DeviceSnapshot> h = new ArrayList<>();
            for (int day = 0; day < 5; day++) {
                Instant morning = T0.plus(Duration.ofDays(day)).plus(Duration.ofHours(9));
                h.addAll(home("w" + i, "198.51.100.20", cowork, morning, 8));
                h.addAll(home("w" + i, "203.0.113." + (10 + i), "3c:37:86:00:01:0" + i,
                        morning.plus(Duration.ofHours(9)), 4));
            }
            add(h);
        }
        List<Finding> f = run().get("w0");
        assertThat(rules(f)).containsExactly("colocation.shared_network:low");
        assertThat(f.get(0).evidence()).containsEntry("employeesAtOnce", 10).containsEntry("livesThere", false);
    }

    @Test
    void carrierGradeNatSharesAnAddressButNotARouter() {
        // a fixed-wireless ISP puts ten customers' homes behind one public address; each home has its own router
        for (int i = 0; i < 10; i++) {
            add(home("cg" + i, "198.51.100.99", "3c:37:86:00:02:0" + i, T0, 72));
        }
        assertThat(run()).isEmpty();
    }

    @Test
    void aMobileCarriersAddressIsNoPlace() {
        // phone hotspots: unrelated employees behind one carrier-grade NAT address, no router MAC to compare
        for (int i = 0; i < 8; i++) {
            add(SnapshotBuilder.laptop("m" + i).at(T0).ip(MOBILE).gateway(null).wifi(null)
                    .series(72, Duration.ofHours(1), (n, b) -> { }));
        }
        assertThat(run()).isEmpty();
    }

    @Test
    void twoLaptopsOfOneEmployeeCountOnce() {
        for (int i = 0; i < 4; i++) {
            add(home("lap-" + i, HOME_NY, FARM_ROUTER, T0, 10));
        }
        employees.put("lap-3", "E-lap-0");
        assertThat(run()).isEmpty();
    }

    @Test
    void guestsWhoComeOneAfterAnotherNeverAddUp() {
        for (int i = 0; i < 8; i++) {
            add(home("guest-" + i, "203.0.113.77", FARM_ROUTER, T0.plus(Duration.ofDays(2L * i)), 10));
        }
        assertThat(run().values().stream().flatMap(List::stream).map(Finding::rule))
                .doesNotContain("colocation.shared_network");
    }

    @Test
    void colleaguesAtAHotelForAnEventWhoLiveElsewhereAreLow() {
        for (int i = 0; i < 8; i++) {
            List<DeviceSnapshot> h = new ArrayList<>(home("c" + i, "203.0.113." + (100 + i),
                    "3c:37:86:00:00:0" + i, T0, 96));
            h.addAll(home("c" + i, "203.0.113.250", "00:0b:86:00:00:01", T0.plus(Duration.ofHours(97)), 30));
            add(h);
        }
        List<Finding> f = run().get("c0");
        assertThat(rules(f)).containsExactly("colocation.shared_network:low");
        assertThat(f.get(0).evidence()).containsEntry("employeesAtOnce", 8).containsEntry("livesThere", false);
    }

    @Test
    void officesAndVpnExitsAreNeverCoLocation() {
        for (int i = 0; i < 12; i++) {
            add(home("office-" + i, OFFICE, OFFICE_GATEWAY, T0, 8));
            add(home("vpn-" + i, VPN_EXIT, "c0:06:c3:00:00:" + String.format("%02x", i), T0, 8));
        }
        assertThat(run()).isEmpty();
    }

    @Test
    void aCorporateVpnsVirtualGatewayIsNoHome() {
        for (int i = 0; i < 8; i++) {
            add(SnapshotBuilder.laptop("remote-" + i).ip("203.0.113." + (150 + i)).tunnel("gpd0")
                    .gatewayThrough("gpd0", "02:50:41:00:00:01").series(10, Duration.ofHours(1), (n, b) -> { }));
        }
        assertThat(run().values().stream().flatMap(List::stream).map(Finding::rule))
                .doesNotContain("colocation.shared_network");
    }

    @Test
    void coLocationSurvivesAVpnThroughTheRouter() {
        for (int i = 0; i < 10; i++) {
            add(SnapshotBuilder.laptop("astrill-" + i).ip(VPN_EXIT).tunnel("astrill0").gateway(FARM_ROUTER)
                    .series(24, Duration.ofHours(1), (n, b) -> { }));
        }
        Map<String, List<Finding>> f = run();
        assertThat(rules(f.get("astrill-3"))).containsExactly("colocation.shared_network:critical");
    }

    @Test
    void impossibleTravelButNotWithAVpnOrAtPlausibleSpeed() {
        add(SnapshotBuilder.laptop("jet").ip(HOME_NY).series(6, Duration.ofHours(1),
                (i, b) -> b.ip(i < 3 ? HOME_NY : TOKYO)));
        add(SnapshotBuilder.laptop("vpn").ip(HOME_NY).series(6, Duration.ofHours(1),
                (i, b) -> b.ip(i < 3 ? HOME_NY : TOKYO).noVpn().tunnel(i >= 3 ? "wg0" : "none")));
        add(SnapshotBuilder.laptop("flight").ip(HOME_NY).series(6, Duration.ofHours(14),
                (i, b) -> b.ip(i < 3 ? HOME_NY : TOKYO)));
        Map<String, List<Finding>> f = run();
        assertThat(rules(f.get("jet"))).containsExactly("location.impossible_travel:medium");
        assertThat(f).doesNotContainKeys("vpn", "flight");
    }

    @Test
    void oneRemoteOperatorOnSeveralEmployeesLaptops() {
        for (String id : List.of("x", "y")) {
            add(List.of(SnapshotBuilder.laptop(id).ip("203.0.113." + (20 + id.charAt(0) - 'x'))
                    .incoming("AnyDesk", T0.minusSeconds(3600), null, "777888999", "29.55.37.69").build()));
        }
        add(List.of(SnapshotBuilder.laptop("it-user").ip(HOME_NY)
                .incoming("TeamViewer", T0.minusSeconds(3600), T0, IT_PEER, "").build()));
        add(List.of(SnapshotBuilder.laptop("it-user-2").ip("203.0.113.30")
                .incoming("TeamViewer", T0.minusSeconds(3600), T0, IT_PEER, "").build()));
        Map<String, List<Finding>> f = run();
        assertThat(rules(f.get("x"))).containsExactly("remote_control.shared_peer:high");
        assertThat(f.get("x").get(0).evidence()).containsEntry("otherDevices", List.of("y"));
        assertThat(f).doesNotContainKeys("it-user", "it-user-2");
    }

    @Test
    void oneIpKvmIdentityOnSeveralLaptops() {
        var gadget = dev.farmguard.collector.detect.RuleFixtures.usb(0x046d, 0xc534, "Logitech", "USB Receiver", "",
                true, dev.farmguard.collector.detect.RuleFixtures.KEYBOARD,
                dev.farmguard.collector.detect.RuleFixtures.STORAGE);
        add(List.of(SnapshotBuilder.laptop("k1").usb(gadget).build()));
        add(List.of(SnapshotBuilder.laptop("k2").usb(gadget).build()));
        assertThat(rules(run().get("k2"))).containsExactly("ip_kvm.shared_identity:high");
    }

    @Test
    void aDeviceSilentWhileTheFleetReports() {
        add(home("quiet", HOME_NY, "f8:bb:bf:00:00:01", T0, 2));
        add(home("busy", "203.0.113.60", "f8:bb:bf:00:00:02", T0, 24 * 6));
        assertThat(rules(run().get("quiet"))).containsExactly("agent.stopped_reporting:low");
    }

    @Test
    void theSameDataGivesTheSameFindingsInAnyOrder() {
        List<List<DeviceSnapshot>> fleet = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            fleet.add(home("f" + i, "203.0.113.9", FARM_ROUTER, T0.plusSeconds(100L * i), 30));
        }
        fleet.forEach(this::add);
        Map<String, List<Finding>> first = run();
        FleetIndex reversed = new FleetIndex();
        for (int i = fleet.size() - 1; i >= 0; i--) {
            for (DeviceSnapshot s : fleet.get(i)) {
                reversed.add(extractor.extract(s));
                reversed.add(extractor.extract(s)); // read twice, as overlapping store reads do
            }
        }
        assertThat(new FleetRules(CONFIG).evaluate(reversed, employees, devices)).isEqualTo(first);
    }
}
