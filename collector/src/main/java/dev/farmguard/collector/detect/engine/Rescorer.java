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
import java.util.TreeMap;

/** Turns a device's device and fleet findings into its assessment, and saves what changed. */
final class Rescorer {

    static final int BATCH = 1000;

    /** What a fleet re-scoring did. */
    record Outcome(int saved, Map<String, Integer> verdicts) {}

    private final Store store;
    private final RiskScorer scorer;

    Rescorer(Store store, RiskScorer scorer) {
        this.store = store;
        this.scorer = scorer;
    }

    Assessment assess(DetectionRecord r, Instant asOf) {
        List<Finding> all = new ArrayList<>(r.deviceFindings());
        all.addAll(r.fleetFindings());
        return scorer.assess(r.deviceId(), all, asOf);
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
            Assessment a = assess(updated, d.lastSeen());
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
