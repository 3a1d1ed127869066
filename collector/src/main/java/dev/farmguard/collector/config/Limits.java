package dev.farmguard.collector.config;

import java.time.Duration;

/**
 * Limits of the agent port.
 *
 * @param maxFrameBytes            largest protobuf envelope accepted (the 4-byte length prefix not counted)
 * @param handshakeTimeout         time a new connection has to finish the TLS handshake
 * @param idleTimeout              a connection that sends no complete message for this long is closed
 * @param ingestQueueSize          snapshots waiting for storage before new ones are refused with UNAVAILABLE
 * @param maxConnectionsPerAddress open connections from one source address (the PROXY v2 source behind a
 *                                 trusted proxy); more are closed at once
 * @param messagesPerSecond        sustained messages per second per device (per connection before enrollment)
 * @param messageBurst             messages a device may send at once above the sustained rate (token bucket size)
 * @param snapshot                 sizes of repeated fields and strings inside one snapshot
 * @param deviceBytes              bytes of frames one device may send per {@code deviceBytesPeriod} (a token
 *                                 bucket of this size refilled evenly over the period); over it, RATE_LIMITED
 * @param deviceBytesPeriod        the period of {@code deviceBytes}
 */
public record Limits(int maxFrameBytes, Duration handshakeTimeout, Duration idleTimeout, int ingestQueueSize,
                     int maxConnectionsPerAddress, int messagesPerSecond, int messageBurst, SnapshotLimits snapshot,
                     int deviceBytes, Duration deviceBytesPeriod) {

    /** 256 MiB an hour: a spool of 1,000 large snapshots after a long offline spell, about 75 KB/s sustained. */
    public static final int DEFAULT_DEVICE_BYTES = 256 * 1024 * 1024;
    public static final Duration DEFAULT_DEVICE_BYTES_PERIOD = Duration.ofHours(1);

    public static final Limits DEFAULTS = new Limits(1024 * 1024, Duration.ofSeconds(10), Duration.ofMinutes(5), 1024,
            1024, 100, 1000, SnapshotLimits.DEFAULTS, DEFAULT_DEVICE_BYTES, DEFAULT_DEVICE_BYTES_PERIOD);

    /** All but the byte quota, which keeps its default. */
    public Limits(int maxFrameBytes, Duration handshakeTimeout, Duration idleTimeout, int ingestQueueSize,
                  int maxConnectionsPerAddress, int messagesPerSecond, int messageBurst, SnapshotLimits snapshot) {
        this(maxFrameBytes, handshakeTimeout, idleTimeout, ingestQueueSize, maxConnectionsPerAddress, messagesPerSecond,
                messageBurst, snapshot, DEFAULT_DEVICE_BYTES, DEFAULT_DEVICE_BYTES_PERIOD);
    }

    /** Bytes per second the quota refills. */
    public double deviceBytesPerSecond() {
        return deviceBytes * 1e9 / deviceBytesPeriod.toNanos();
    }

    /** The first four limits, the rest at their defaults. */
    public Limits(int maxFrameBytes, Duration handshakeTimeout, Duration idleTimeout, int ingestQueueSize) {
        this(maxFrameBytes, handshakeTimeout, idleTimeout, ingestQueueSize, DEFAULTS.maxConnectionsPerAddress(),
                DEFAULTS.messagesPerSecond(), DEFAULTS.messageBurst(), DEFAULTS.snapshot());
    }
}
