package dev.farmguard.collector.report;

import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.testing.FakeGeo;
import dev.farmguard.collector.testing.TestSnapshots;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small fleet written straight into a store, with known numbers: 20 reporting laptops (3 laptop-farm laptops
 * behind one Phoenix router, 2 for review, 15 ok, 2 of them silent for four days), a roster of 20 of them plus 2
 * laptops that never enrolled, two agent versions, and a device whose hostname is a spreadsheet formula and markup.
 */
final class SeededFleet {

    static final Instant NOW = Instant.parse("2026-03-09T06:00:00Z");
    static final String GATEWAY = "aa:bb:cc:00:11:22";
    static final String HOSTILE_HOST = "=HYPERLINK(\"http://x\")<script>alert(1)</script>";
    static final int REPORTING = 20;
    static final int FARM = 3;
    static final int REVIEW = 2;
    static final int OK = REPORTING - FARM - REVIEW;
    static final int SILENT = 2;
    static final int NEVER_ENROLLED = 2;

    private SeededFleet() {}

    static String id(int i) {
        return String.format("dev-%02d", i);
    }

    /** Writes the fleet; returns the GeoIP answers for its addresses. */
    static FakeGeo seed(Store store) {
        List<DeviceSnapshot> snapshots = new ArrayList<>();
        List<RosterEntry> roster = new ArrayList<>();
        for (int i = 0; i < REPORTING; i++) {
            boolean silent = i >= REPORTING - SILENT;
            Instant at = silent ? NOW.minus(Duration.ofDays(4)) : NOW.minus(Duration.ofMinutes(i));
            DeviceSnapshot s = TestSnapshots.minimal(id(i), 1, at).withObservedIp(ip(i));
            String host = i == 4 ? HOSTILE_HOST : "laptop-" + i;
            snapshots.add(new DeviceSnapshot(s.deviceId(), 1, at, i % 3 == 0 ? "0.1.0" : "0.2.0", s.catalogVersion(),
                    ip(i), TestSnapshots.identity(host), List.of(), List.of(), s.remoteAccess(), List.of(), s.input(),
                    s.power(), s.network(), s.locale(), List.of(), List.of(), 0));
            // every holder is supposed to be in Chicago, Austin or Seattle
            roster.add(new RosterEntry(id(i), "emp-" + i, "Employee " + i, "e" + i + "@example.com", "US",
                    i % 2 == 0 ? "IL" : "TX", i % 2 == 0 ? "Chicago" : "Austin", i % 2 == 0 ? 41.88 : 30.27,
                    i % 2 == 0 ? -87.63 : -97.74, "America/Chicago"));
        }
        for (int i = 0; i < NEVER_ENROLLED; i++) {
            roster.add(new RosterEntry("never-" + i, "emp-n" + i, "Absent " + i, "n" + i + "@example.com", "US", "WA",
                    "Seattle", 47.6, -122.3, "America/Los_Angeles"));
        }
        store.saveSnapshots(snapshots, NOW);
        store.replaceRoster(roster);
        List<String> farm = List.of(id(0), id(1), id(2));
        for (int i = 0; i < FARM; i++) {
            store.saveAssessment(new Assessment(id(i), 92 - i, Verdict.LAPTOP_FARM, List.of(
                    colocation(id(i), farm), Findings.of("remote_control.tool", Severity.HIGH,
                            "AnyDesk runs with unattended access").with("tool", "AnyDesk").build()),
                    NOW, "Evidence from 2 independent families: which other employees' laptops share its network; "
                    + "what controls it."));
        }
        store.saveAssessment(new Assessment(id(3), 55, Verdict.REVIEW, List.of(Findings.of(
                "location.far_from_roster", Severity.MEDIUM, "the laptop connects from Lagos, 9,800 km from the "
                        + "roster location").build()), NOW, "Evidence from 1 family: where its network is."));
        store.saveAssessment(new Assessment(id(4), 40, Verdict.REVIEW, List.of(Findings.of("ip_kvm.edid_suspect",
                Severity.LOW, "<b>odd</b> external display & 0x0 cm").build()), NOW, "Evidence from 1 family."));
        for (int i = FARM + REVIEW; i < REPORTING - 1; i++) {
            store.saveAssessment(Assessment.clean(id(i), NOW));
        }
        // the last device has no assessment yet: the API and the report both count it ok with risk 0
        return new FakeGeo()
                .place(ip(0), "US", "Phoenix", 33.45, -112.07, "America/Phoenix", 7018, "AT&T")
                .place(ip(1), "US", "Phoenix", 33.45, -112.07, "America/Phoenix", 7018, "AT&T")
                .place(ip(2), "US", "Phoenix", 33.45, -112.07, "America/Phoenix", 7018, "AT&T")
                .place(ip(3), "NG", "Lagos", 6.45, 3.39, "Africa/Lagos", 29465, "MTN");
    }

    static Finding colocation(String self, List<String> farm) {
        return Findings.of("colocation.shared_network", Severity.CRITICAL,
                        "3 employees' laptops live behind one router")
                .with("employeesAtOnce", 3).with("livesThere", true)
                .with("networks", List.of(Map.of("kind", "gateway MAC", "network", GATEWAY, "employeesAtOnce", 3,
                        "from", "2026-03-02T00:00:00Z", "to", "2026-03-09T05:00:00Z",
                        "otherDevices", farm.stream().filter(d -> !d.equals(self)).toList()))).build();
    }

    static String ip(int i) {
        return "198.51.100." + (10 + i);
    }
}
