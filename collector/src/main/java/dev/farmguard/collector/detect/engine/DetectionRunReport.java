package dev.farmguard.collector.detect.engine;

import java.time.Instant;
import java.util.Map;

/**
 * What one detection run did (the answer of {@code POST /api/v1/detection/run}).
 *
 * @param ran              false when another collector held the fleet lock
 * @param devices          devices in the store
 * @param evaluated        devices whose device rules ran again (new snapshots, new catalog/config/roster)
 * @param snapshotsRead    snapshots read into the fleet index
 * @param fleetDevices     devices with at least one fleet finding
 * @param fleetFindings    fleet findings in all
 * @param assessmentsSaved assessments that changed and were saved
 * @param verdicts         devices per verdict ({@code ok}, {@code review}, {@code laptop_farm})
 * @param asOf             event time the fleet rules reasoned up to
 * @param rulesVersion     catalog, configuration and roster version the device rules ran with
 * @param elapsedMillis    wall-clock duration of the run (reporting only)
 */
public record DetectionRunReport(boolean ran, int devices, int evaluated, long snapshotsRead, int fleetDevices,
                                 int fleetFindings, int assessmentsSaved, Map<String, Integer> verdicts,
                                 Instant asOf, String rulesVersion, long elapsedMillis) {

    public DetectionRunReport {
        verdicts = Map.copyOf(verdicts);
    }

    static DetectionRunReport skipped() {
        return new DetectionRunReport(false, 0, 0, 0, 0, 0, 0, Map.of(), Instant.EPOCH, "", 0);
    }
}
