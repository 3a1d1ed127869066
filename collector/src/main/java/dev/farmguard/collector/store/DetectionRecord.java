package dev.farmguard.collector.store;

import dev.farmguard.collector.model.Finding;
import java.time.Instant;
import java.util.List;

/**
 * What detection last concluded about one device, kept in two halves so either can be recomputed alone.
 *
 * @param deviceFindings    findings of the device rules
 * @param evaluatedSequence highest snapshot sequence the device rules saw (0 when never evaluated)
 * @param rulesVersion      catalog, configuration and roster the device rules ran with ("" when never evaluated)
 * @param deviceAsOf        collection time of the newest snapshot the device rules saw
 * @param fleetFindings     findings of the latest fleet run about this device
 * @param fleetAsOf         event time the latest fleet run reasoned up to (EPOCH when none)
 */
public record DetectionRecord(String deviceId, List<Finding> deviceFindings, long evaluatedSequence,
                              String rulesVersion, Instant deviceAsOf, List<Finding> fleetFindings,
                              Instant fleetAsOf) {

    public DetectionRecord {
        deviceFindings = List.copyOf(deviceFindings);
        fleetFindings = List.copyOf(fleetFindings);
    }

    /** A device no rule has looked at yet. */
    public static DetectionRecord none(String deviceId) {
        return new DetectionRecord(deviceId, List.of(), 0, "", Instant.EPOCH, List.of(), Instant.EPOCH);
    }
}
