package dev.farmguard.collector.config;

/**
 * Limits of the API port (YAML section {@code api}).
 *
 * @param maxBodyBytes             largest request body accepted (413 above); bodies must declare Content-Length
 * @param maxBodyBytesInFlight     bytes of request bodies being received at once across all connections; a
 *                                 request that would exceed it is refused with 503 before its body is read
 * @param maxConnections           open API connections in all; more are closed at once
 * @param maxConnectionsPerAddress open API connections from one source address; more are closed at once
 */
public record ApiLimits(int maxBodyBytes, long maxBodyBytesInFlight, int maxConnections, int maxConnectionsPerAddress) {

    public static final ApiLimits DEFAULTS = new ApiLimits(10 * 1024 * 1024, 64L * 1024 * 1024, 512, 64);

    public ApiLimits {
        if (maxBodyBytes <= 0 || maxBodyBytesInFlight < maxBodyBytes || maxConnections <= 0
                || maxConnectionsPerAddress <= 0 || maxConnectionsPerAddress > maxConnections) {
            throw new IllegalArgumentException("API limits must be positive, api.max-body-bytes-in-flight at least "
                    + "api.max-body-bytes, and api.max-connections-per-address at most api.max-connections");
        }
    }

    /** The defaults with another body size (raising the in-flight bound when it would be below it). */
    public static ApiLimits withMaxBody(int maxBodyBytes) {
        return new ApiLimits(maxBodyBytes, Math.max(DEFAULTS.maxBodyBytesInFlight(), maxBodyBytes),
                DEFAULTS.maxConnections(), DEFAULTS.maxConnectionsPerAddress());
    }
}
