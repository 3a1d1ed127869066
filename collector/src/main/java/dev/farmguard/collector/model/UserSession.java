package dev.farmguard.collector.model;

import java.time.Instant;

/** A logged-in session; {@code idleSeconds} is -1 when unknown. */
public record UserSession(
        String sessionId,
        String user,
        Kind kind,
        String protocol,
        String remoteHost,
        Instant startedAt,
        long idleSeconds,
        boolean active) {

    public enum Kind { UNKNOWN, CONSOLE, REMOTE }
}
