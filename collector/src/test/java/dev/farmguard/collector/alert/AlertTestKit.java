package dev.farmguard.collector.alert;

import dev.farmguard.collector.config.AlertOutputConfig;
import dev.farmguard.collector.config.AlertsConfig;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.testing.TestSnapshots;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Assessments, stores and waits shared by the alert tests. */
final class AlertTestKit {

    static final Instant T0 = Instant.parse("2026-03-02T15:04:05Z");
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private AlertTestKit() {}

    static Finding kvm() {
        return new Finding("ip_kvm.usb_identity", Severity.HIGH, "PiKVM USB gadget attached",
                Map.of("vendorId", "1d6b"));
    }

    static Finding remote() {
        return new Finding("remote_control.tool_running", Severity.MEDIUM, "AnyDesk running with unattended access",
                Map.of("tool", "anydesk"));
    }

    static Finding colocation(int employees, String network, List<String> others) {
        return new Finding("colocation.shared_network", employees >= 10 ? Severity.CRITICAL : Severity.HIGH,
                employees + " employees' laptops on one public IP", Map.of("employeesAtOnce", employees,
                "networks", List.of(Map.of("kind", "public IP", "network", network, "employeesAtOnce", employees,
                        "otherDevices", others))));
    }

    static Assessment assessment(String device, Verdict verdict, int risk, Instant asOf, Finding... findings) {
        return new Assessment(device, risk, verdict, List.of(findings), asOf, "Evidence about what is attached.");
    }

    static Assessment farm(String device, Instant asOf) {
        return assessment(device, Verdict.LAPTOP_FARM, 91, asOf, kvm(), remote());
    }

    /** A store holding a device (hostname {@code <id>-host}) with a roster entry. */
    static Store withDevice(Store store, String... devices) {
        for (String d : devices) {
            store.saveSnapshots(List.of(TestSnapshots.minimal(d, 1, T0)), T0);
        }
        store.replaceRoster(java.util.Arrays.stream(devices).map(d -> new RosterEntry(d, "E-" + d, "Ann " + d,
                d + "@example.com", "US", "AZ", "Phoenix", 33.45, -112.07, "America/Phoenix")).toList());
        return store;
    }

    /** Fast retries and polls; a lease long enough for every send timeout. */
    static AlertsConfig config(AlertOutputConfig... outputs) {
        return new AlertsConfig("collector-test", 1000, Duration.ofMillis(20), Duration.ofMillis(50),
                Duration.ofMillis(200), Duration.ofSeconds(30), 5, List.of(outputs));
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE + " for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what, e);
            }
        }
    }
}
