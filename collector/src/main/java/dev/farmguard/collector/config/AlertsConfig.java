package dev.farmguard.collector.config;

import java.time.Duration;
import java.util.List;

/**
 * The {@code alerts} section: where events go when a verdict rises or a farm-size cluster appears, and how the
 * outbox delivers them.
 *
 * @param collectorId  names this collector in events ({@code observer.name}); empty means the host name
 * @param outboxLimit  most rows (event x output) kept waiting; beyond it the oldest are dropped and counted
 * @param pollInterval how often an idle dispatcher looks for due events
 * @param retryInitial delay before the first retry; doubled each time (with jitter) up to {@code retryMax}
 * @param lease        how long a dispatcher holds claimed events before another collector may take them
 * @param topFindings  findings listed in an event, strongest first
 */
public record AlertsConfig(String collectorId, int outboxLimit, Duration pollInterval, Duration retryInitial,
                           Duration retryMax, Duration lease, int topFindings, List<AlertOutputConfig> outputs) {

    public static final AlertsConfig NONE = new AlertsConfig("", 10_000, Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofMinutes(5), Duration.ofMinutes(2), 5, List.of());

    public AlertsConfig {
        outputs = List.copyOf(outputs);
    }

    public boolean enabled() {
        return !outputs.isEmpty();
    }

    public AlertsConfig withOutputs(List<AlertOutputConfig> newOutputs) {
        return new AlertsConfig(collectorId, outboxLimit, pollInterval, retryInitial, retryMax, lease, topFindings,
                newOutputs);
    }
}
