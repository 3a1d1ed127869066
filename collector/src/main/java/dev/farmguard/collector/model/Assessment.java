package dev.farmguard.collector.model;

import java.time.Instant;
import java.util.List;

/**
 * A device's risk (0-100) and verdict, explained by its findings, as of an event time.
 *
 * @param explanation one sentence naming the independent families of evidence behind the verdict
 */
public record Assessment(String deviceId, int risk, Verdict verdict, List<Finding> findings, Instant asOf,
                         String explanation) {

    public Assessment {
        if (risk < 0 || risk > 100) {
            throw new IllegalArgumentException("risk must be 0..100, got " + risk);
        }
        findings = List.copyOf(findings);
        explanation = explanation == null ? "" : explanation;
    }

    public static Assessment clean(String deviceId, Instant asOf) {
        return new Assessment(deviceId, 0, Verdict.OK, List.of(), asOf, "No evidence of a laptop farm.");
    }
}
