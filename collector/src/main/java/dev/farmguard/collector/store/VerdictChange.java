package dev.farmguard.collector.store;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;
import java.time.Instant;
import java.util.List;

/** One change of a device's verdict or risk, with the findings that explained it then. */
public record VerdictChange(String deviceId, long sequence, Instant asOf, int risk, Verdict verdict,
                            List<Finding> findings, String explanation) {

    public VerdictChange {
        findings = List.copyOf(findings);
    }
}
