package dev.farmguard.collector.alert;

import dev.farmguard.collector.store.AlertOutbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counters of one output, tagged {@code output=<name>}: delivered, refused for good (failed), retried, dropped by
 * the outbox bound; and the outbox depth, refreshed by the dispatcher (a scrape never waits on the database).
 */
final class AlertMetrics {

    private final Counter delivered;
    private final Counter failed;
    private final Counter retried;
    private final AtomicInteger depth = new AtomicInteger();

    AlertMetrics(String output, AlertOutbox outbox, MeterRegistry registry) {
        this.delivered = Counter.builder("farmguard.alerts.delivered").tag("output", output)
                .description("Alert events an output accepted").register(registry);
        this.failed = Counter.builder("farmguard.alerts.failed").tag("output", output)
                .description("Alert events an output refused for good (not retried)").register(registry);
        this.retried = Counter.builder("farmguard.alerts.retried").tag("output", output)
                .description("Failed alert deliveries scheduled for a retry").register(registry);
        FunctionCounter.builder("farmguard.alerts.dropped", outbox, o -> o.dropped(output)).tag("output", output)
                .description("Undelivered alert events dropped because the outbox was full").register(registry);
        Gauge.builder("farmguard.alerts.outbox.depth", depth, AtomicInteger::get).tag("output", output)
                .description("Alert events waiting for this output").register(registry);
    }

    void delivered() {
        delivered.increment();
    }

    void failed() {
        failed.increment();
    }

    void retried() {
        retried.increment();
    }

    void depth(int rows) {
        depth.set(rows);
    }
}
