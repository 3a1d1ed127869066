package dev.farmguard.collector.alert;

import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.AlertTrigger;
import dev.farmguard.collector.store.DeviceSummary;
import dev.farmguard.collector.store.OutboxEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When saving an assessment raises an alert: the verdict rose (ok to review, review or ok to laptop_farm; a device
 * without an assessment counts as ok), or the fleet rules put the device in a farm-size co-location cluster that was
 * never announced (raised once per cluster, whichever member's save comes first).
 */
final class AlertRules implements AlertTrigger {

    private final EcsEvent documents;

    AlertRules(EcsEvent documents) {
        this.documents = documents;
    }

    @Override
    public boolean mayAlert(Assessment previous, Assessment current) {
        return rose(previous, current) || FarmCluster.of(current.deviceId(), current.findings()).isPresent();
    }

    @Override
    public List<OutboxEvent> events(Assessment previous, Assessment current, Optional<DeviceSummary> device,
                                    Optional<RosterEntry> holder) {
        Verdict before = previous == null ? Verdict.OK : previous.verdict();
        String hostname = device.map(DeviceSummary::hostname).orElse("");
        RosterEntry who = holder.orElse(null);
        List<OutboxEvent> out = new ArrayList<>(2);
        if (rose(previous, current)) {
            String id = EventIds.of("verdict", current.deviceId(), before.apiName(), current.verdict().apiName(),
                    Long.toString(current.asOf().toEpochMilli()));
            String message = "Laptop " + label(current.deviceId(), hostname) + " rose from " + before.apiName()
                    + " to " + current.verdict().apiName() + " (risk " + current.risk() + ")";
            out.add(new OutboxEvent(id, current.asOf(), documents.write(id, EcsEvent.VERDICT_RAISED, before, current,
                    hostname, who, null, message), null));
        }
        FarmCluster.of(current.deviceId(), current.findings()).ifPresent(c -> {
            String id = EventIds.of(c.key());
            String message = "Farm-size co-location cluster: " + c.employeesAtOnce() + " employees' laptops on one "
                    + c.kind() + " (" + c.network() + ")";
            out.add(new OutboxEvent(id, current.asOf(), documents.write(id, EcsEvent.CLUSTER_APPEARED, before, current,
                    hostname, who, c, message), c.key()));
        });
        return out;
    }

    private static boolean rose(Assessment previous, Assessment current) {
        Verdict before = previous == null ? Verdict.OK : previous.verdict();
        return current.verdict().ordinal() > before.ordinal();
    }

    private static String label(String deviceId, String hostname) {
        return hostname.isEmpty() ? deviceId : hostname + " (" + deviceId + ")";
    }
}
