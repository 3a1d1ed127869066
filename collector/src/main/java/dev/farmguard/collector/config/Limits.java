package dev.farmguard.collector.config;

import java.time.Duration;

/**
 * Limits of the agent port.
 *
 * @param maxFrameBytes    largest protobuf envelope accepted (the 4-byte length prefix not counted)
 * @param handshakeTimeout time a new connection has to finish the TLS handshake
 * @param idleTimeout      a connection that sends nothing for this long is closed
 * @param ingestQueueSize  snapshots waiting for storage before new ones are refused with UNAVAILABLE
 */
public record Limits(int maxFrameBytes, Duration handshakeTimeout, Duration idleTimeout, int ingestQueueSize) {

    public static final Limits DEFAULTS = new Limits(1024 * 1024, Duration.ofSeconds(10), Duration.ofMinutes(5), 1024);
}
