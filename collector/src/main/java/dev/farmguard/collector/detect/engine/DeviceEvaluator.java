package dev.farmguard.collector.detect.engine;

import dev.farmguard.collector.classify.SignatureClassifier;
import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.device.DeviceRules;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.store.DeviceState;
import dev.farmguard.collector.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads one device's recent history and roster entry from the store and runs the device rules over it. */
final class DeviceEvaluator {

    /** What the device rules concluded, and from which data. */
    record Result(String deviceId, List<Finding> findings, long sequence, Instant asOf) {}

    private final Store store;
    private final DetectionConfig config;
    private final SignatureClassifier classifier;
    private final DeviceRules rules;

    DeviceEvaluator(Store store, DetectionConfig config, SignatureClassifier classifier, DeviceRules rules) {
        this.store = store;
        this.config = config;
        this.classifier = classifier;
        this.rules = rules;
    }

    Optional<Result> evaluate(String deviceId) {
        Optional<DeviceState> state = store.device(deviceId);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        Instant asOf = state.get().summary().lastSeen();
        List<DeviceSnapshot> history = store.recentHistory(deviceId, asOf.minus(config.historyWindow()),
                asOf.plusNanos(1_000_000), config.historyLimit());
        if (history.isEmpty()) {
            history = List.of(state.get().latest());
        }
        DeviceContext context = new DeviceContext(history, store.rosterEntry(deviceId), classifier);
        return Optional.of(new Result(deviceId, rules.evaluate(context), state.get().summary().latestSequence(),
                context.asOf()));
    }
}
