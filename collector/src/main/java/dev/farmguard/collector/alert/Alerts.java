package dev.farmguard.collector.alert;

import dev.farmguard.collector.config.AlertOutputConfig;
import dev.farmguard.collector.config.AlertsConfig;
import dev.farmguard.collector.store.AlertOutbox;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.tls.ServerNames;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alert outputs of one collector: installs the rules that turn saved assessments into outbox events (see
 * {@link AlertRules}) and runs one {@link OutputDispatcher} per configured output. Start it before detection runs,
 * so no verdict change is saved without its event; close it before the store.
 */
public final class Alerts implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

    private final List<OutputDispatcher> dispatchers;
    private boolean closed;

    private Alerts(List<OutputDispatcher> dispatchers) {
        this.dispatchers = dispatchers;
    }

    /** Nothing configured: no events are written and nothing runs. */
    public static Alerts disabled() {
        return new Alerts(List.of());
    }

    public static Alerts start(AlertsConfig config, Store store, MeterRegistry registry, Clock clock) {
        if (!config.enabled()) {
            LOG.info("alerts: no outputs configured");
            return disabled();
        }
        String collectorId = config.collectorId().isEmpty() ? ServerNames.hostName() : config.collectorId();
        List<AlertOutput> outputs = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (AlertOutputConfig c : config.outputs()) {
            outputs.add(OutputFactory.create(c, collectorId, clock));
            names.add(c.name());
        }
        AlertOutbox outbox = store.alertOutbox();
        int forgotten = outbox.install(new AlertRules(new EcsEvent(collectorId, config.topFindings())), names,
                config.outboxLimit());
        if (forgotten > 0) {
            LOG.warn("alerts: deleted {} waiting events of outputs that are no longer configured", forgotten);
        }
        // unique per process: a restarted collector must not think it still holds its predecessor's leases
        byte[] nonce = new byte[6];
        new SecureRandom().nextBytes(nonce);
        String owner = collectorId + "/" + HexFormat.of().formatHex(nonce);
        SecureRandom jitter = new SecureRandom();
        Backoff backoff = new Backoff(config.retryInitial(), config.retryMax(), jitter::nextDouble);
        List<OutputDispatcher> dispatchers = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            AlertOutput output = outputs.get(i);
            dispatchers.add(new OutputDispatcher(output, outbox, owner, backoff, config.pollInterval(), config.lease(),
                    OutputFactory.sendTimeout(config.outputs().get(i)),
                    new AlertMetrics(output.name(), outbox, registry), clock).start());
        }
        LOG.info("alerts: collector id {}, outputs {}, outbox limit {}", collectorId, names, config.outboxLimit());
        return new Alerts(dispatchers);
    }

    /** Stops every dispatcher (each finishes the event it is sending) and releases their claims. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        dispatchers.forEach(OutputDispatcher::close);
    }
}
