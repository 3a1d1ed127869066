package dev.farmguard.collector.wire;

/** Why the collector refuses something; mirrors {@code farmguard.v1.ErrorCode}. */
public enum ErrorCode {
    BAD_MESSAGE, PROTOCOL, UNAUTHENTICATED, RATE_LIMITED, TOO_LARGE, UNAVAILABLE, STALE_SEQUENCE
}
