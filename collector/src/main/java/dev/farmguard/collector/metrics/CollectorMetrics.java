package dev.farmguard.collector.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The collector's counters and gauges, exposed in Prometheus text format at {@code /metrics}. */
public final class CollectorMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<Rejection, Counter> rejections = new EnumMap<>(Rejection.class);
    private final Counter stored;
    private final Counter duplicates;
    private final AtomicInteger activeConnections = new AtomicInteger();
    private final Counter enrolled;
    private final Counter renewed;

    public CollectorMetrics() {
        for (Rejection r : Rejection.values()) {
            rejections.put(r, Counter.builder("farmguard.ingest.rejections").tag("reason", r.tag())
                    .description("Agent connections closed or messages refused, by reason").register(registry));
        }
        stored = Counter.builder("farmguard.snapshots.stored").description("Snapshots newly stored")
                .register(registry);
        duplicates = Counter.builder("farmguard.snapshots.duplicate")
                .description("Snapshots received again and acknowledged as duplicates").register(registry);
        Gauge.builder("farmguard.agent.connections.active", activeConnections, AtomicInteger::get)
                .description("Open agent connections").register(registry);
        enrolled = Counter.builder("farmguard.certificates.issued").tag("kind", "enrollment")
                .description("Device certificates issued, by enrollment or renewal").register(registry);
        renewed = Counter.builder("farmguard.certificates.issued").tag("kind", "renewal")
                .description("Device certificates issued, by enrollment or renewal").register(registry);
    }

    /** A device certificate was issued: by an enrollment, or by a renewal. */
    public void certificateIssued(boolean renewal) {
        (renewal ? renewed : enrolled).increment();
    }

    public double certificatesIssued(boolean renewal) {
        return (renewal ? renewed : enrolled).count();
    }

    public void rejected(Rejection reason) {
        rejections.get(reason).increment();
    }

    public double rejections(Rejection reason) {
        return rejections.get(reason).count();
    }

    public void snapshotsStored(int n) {
        stored.increment(n);
    }

    public void snapshotsDuplicate(int n) {
        duplicates.increment(n);
    }

    public double storedCount() {
        return stored.count();
    }

    public double duplicateCount() {
        return duplicates.count();
    }

    public AtomicInteger activeConnections() {
        return activeConnections;
    }

    /** Registers a gauge read on each scrape, e.g. a queue's depth. */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }
}
