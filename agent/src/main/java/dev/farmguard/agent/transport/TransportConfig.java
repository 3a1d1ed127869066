package dev.farmguard.agent.transport;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the agent reaches the collector.
 *
 * @param collector      address of the collector's agent port
 * @param caCertificate  PEM file with the CA certificate(s) the collector's certificate must chain to;
 *                       nothing else is trusted
 * @param maxFrameBytes  largest frame accepted from the collector, before allocation
 * @param heartbeatEvery a heartbeat is sent after this long without writing
 * @param silenceLimit   the connection is dropped after this long without hearing from the collector
 * @param connectTimeout TCP connect plus TLS handshake plus Welcome
 */
public record TransportConfig(
        HostPort collector,
        Path caCertificate,
        int maxFrameBytes,
        Duration heartbeatEvery,
        Duration silenceLimit,
        Duration connectTimeout) {

    /** 4 MiB, the protocol's default frame limit. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 4 * 1024 * 1024;

    /** Defaults: 4 MiB frames, heartbeat after 30 s idle, give up after 90 s of silence, 15 s to connect. */
    public static TransportConfig defaults(HostPort collector, Path caCertificate) {
        return new TransportConfig(collector, caCertificate, DEFAULT_MAX_FRAME_BYTES, Duration.ofSeconds(30),
                Duration.ofSeconds(90), Duration.ofSeconds(15));
    }
}
