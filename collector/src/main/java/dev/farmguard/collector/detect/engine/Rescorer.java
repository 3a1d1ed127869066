package dev.farmguard.collector.detect.engine;

import dev.farmguard.collector.detect.RiskScorer;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.DetectionRecord;
import dev.farmguard.collector.store.DeviceSummary;
import dev.farmguard.collector.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Turns a device's device and fleet findings into its assessment, and saves what changed. */
final class Rescorer {

    static final int BATCH = 1000;

    /** What a fleet re-scoring did. */
    record Outcome(int saved, Map<String, Integer> verdicts) {}

    private final Store store;
    private final RiskScorer scorer;
    private final FindingSuppressions suppressions;

    Rescorer(Store store, RiskScorer scorer, FindingSuppressions suppressions) {
        this.store = store;
        this.scorer = scorer;
        this.suppressions = suppressions;
    }

    /** The assessment of a record; the device's public IP is read only if a network suppression needs it. */
    Assessment assess(DetectionRecord r, Instant asOf) {
        return assess(r, asOf, () -> store.device(r.deviceId()).map(s -> s.summary().publicIp()).orElse(null));
    }

    Assessment assess(DetectionRecord r, Instant asOf, Supplier<String> publicIp) {
        List<Finding> all = new ArrayList<>(r.deviceFindings());
        all.addAll(r.fleetFindings());
        return scorer.assess(r.deviceId(), suppressions.mark(r.deviceId(), publicIp, all), asOf);
    }

    /**
     * Scores one device again from its stored findings (a suppression began or ended); saves the assessment when it
     * changed. False when the device has no findings on record or nothing changed.
     */
    boolean rescoreDevice(String deviceId) {
        Optional<DetectionRecord> record = store.detection(deviceId);
        if (record.isEmpty()) {
            return false;
        }
        Optional<Assessment> stored = store.assessment(deviceId);
        Assessment a = assess(record.get(), stored.map(Assessment::asOf).orElse(record.get().deviceAsOf()));
        if (stored.isPresent() && stored.get().equals(a)) {
            return false;
        }
        store.saveAssessment(a);
        return true;
    }

    /**
     * Saves a device evaluation with the device's current fleet findings; false when a newer evaluation under the
     * same rules version is already stored (a slow worker must not overwrite it).
     */
    boolean saveDevice(DeviceEvaluator.Result result, String rulesVersion) {
        DetectionRecord old = store.detection(result.deviceId()).orElse(DetectionRecord.none(result.deviceId()));
        if (old.rulesVersion().equals(rulesVersion) && old.evaluatedSequence() > result.sequence()) {
            return false;
        }
        DetectionRecord record = new DetectionRecord(result.deviceId(), result.findings(), result.sequence(),
                rulesVersion, result.asOf(), old.fleetFindings(), old.fleetAsOf());
        store.saveDeviceDetection(record, assess(record, result.asOf()));
        return true;
    }

    /** New fleet findings for every device; saves the records and assessments that changed, in batches. */
    Outcome rescore(List<DeviceSummary> devices, Map<String, List<Finding>> fleet, Instant fleetAsOf) {
        Map<String, DetectionRecord> records = byDevice(store.detections());
        Map<String, Assessment> stored = new HashMap<>();
        store.assessments().forEach(a -> stored.put(a.deviceId(), a));
        Map<String, Integer> verdicts = new TreeMap<>();
        for (Verdict v : Verdict.values()) {
            verdicts.put(v.apiName(), 0);
        }
        List<DetectionRecord> changedRecords = new ArrayList<>();
        List<Assessment> changedAssessments = new ArrayList<>();
        int saved = 0;
        for (DeviceSummary d : devices) {
            DetectionRecord r = records.getOrDefault(d.deviceId(), DetectionRecord.none(d.deviceId()));
            List<Finding> mine = fleet.getOrDefault(d.deviceId(), List.of());
            DetectionRecord updated = new DetectionRecord(r.deviceId(), r.deviceFindings(), r.evaluatedSequence(),
                    r.rulesVersion(), r.deviceAsOf(), mine, fleetAsOf);
            Assessment a = assess(updated, d.lastSeen(), d::publicIp);
            verdicts.merge(a.verdict().apiName(), 1, Integer::sum);
            if (!records.containsKey(d.deviceId()) || !r.fleetFindings().equals(mine) || !a.equals(stored.get(d.deviceId()))) {
                changedRecords.add(updated);
                changedAssessments.add(a);
            }
            if (changedRecords.size() >= BATCH) {
                saved += flush(changedRecords, changedAssessments);
            }
        }
        saved += flush(changedRecords, changedAssessments);
        return new Outcome(saved, verdicts);
    }

    private int flush(List<DetectionRecord> records, List<Assessment> assessments) {
        int n = assessments.size();
        store.saveFleetDetections(List.copyOf(records), List.copyOf(assessments));
        records.clear();
        assessments.clear();
        return n;
    }

    static Map<String, DetectionRecord> byDevice(List<DetectionRecord> records) {
        Map<String, DetectionRecord> out = new HashMap<>();
        records.forEach(r -> out.put(r.deviceId(), r));
        return out;
    }
}
