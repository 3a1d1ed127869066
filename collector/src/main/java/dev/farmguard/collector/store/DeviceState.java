package dev.farmguard.collector.store;

import dev.farmguard.collector.model.DeviceSnapshot;

/** A device's summary with its latest snapshot. */
public record DeviceState(DeviceSummary summary, DeviceSnapshot latest) {}
