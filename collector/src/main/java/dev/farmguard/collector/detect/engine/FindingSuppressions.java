package dev.farmguard.collector.detect.engine;

import dev.farmguard.collector.model.Finding;
import java.util.List;
import java.util.function.Supplier;

/** Marks the findings that analysts suppressed, before they are scored (the scorer then does not count them). */
@FunctionalInterface
public interface FindingSuppressions {

    /** Suppresses nothing. */
    FindingSuppressions NONE = (deviceId, publicIp, findings) -> findings;

    /**
     * {@code findings} of a device, each covered one marked.
     *
     * @param publicIp the device's current public IP, asked for only when a network suppression might apply
     */
    List<Finding> mark(String deviceId, Supplier<String> publicIp, List<Finding> findings);
}
