package dev.farmguard.collector.store;

import java.time.Instant;

/**
 * Current state of a device.
 *
 * @param lastSeen       collection time of the latest snapshot (event time, not ingest time)
 * @param publicIp       address the collector saw for the latest snapshot, null when unknown
 * @param latestSequence highest stored sequence
 */
public record DeviceSummary(String deviceId, String hostname, Instant firstSeen, Instant lastSeen, String publicIp,
                            long latestSequence) {}
