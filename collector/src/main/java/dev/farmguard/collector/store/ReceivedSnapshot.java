package dev.farmguard.collector.store;

import dev.farmguard.collector.model.DeviceSnapshot;

/** A stored snapshot with its place in the receive order. */
public record ReceivedSnapshot(ReceivedCursor position, DeviceSnapshot snapshot) {}
