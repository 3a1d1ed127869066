package dev.farmguard.collector.metrics;

import java.util.Locale;

/** Why the collector closed an agent connection or refused a message; one counter per reason. */
public enum Rejection {
    /** Length prefix above limits.max-frame-bytes (refused before allocating). */
    OVERSIZED_FRAME,
    /** The connection ended in the middle of a frame. */
    TRUNCATED_FRAME,
    /** A frame that is not a valid protobuf AgentMessage. */
    MALFORMED_PROTOBUF,
    /** Valid protobuf with invalid content (empty device id, sequence 0, missing collected_at...). */
    INVALID_MESSAGE,
    /** Out of order or not allowed: snapshot before hello, another device's snapshot, empty envelope. */
    PROTOCOL_VIOLATION,
    /** TLS handshake failed (not TLS, wrong version, bad certificate). */
    HANDSHAKE_FAILED,
    /** A TLS error after the handshake (corrupt or forged records). */
    TLS_ERROR,
    /** TLS handshake not finished within limits.handshake-timeout. */
    HANDSHAKE_TIMEOUT,
    /** Nothing received within limits.idle-timeout. */
    IDLE_TIMEOUT,
    /** A PROXY header from an address outside the trusted proxy networks. */
    UNTRUSTED_PROXY_HEADER,
    /** A trusted proxy connection without a valid PROXY v2 header. */
    MISSING_PROXY_HEADER,
    /** Storage queue full: the snapshot was refused with UNAVAILABLE (the connection stays open). */
    QUEUE_FULL,
    /** Storage failed: the snapshot was refused with UNAVAILABLE (the connection stays open). */
    STORE_FAILED,
    /** A snapshot over a size limit inside it (limits.snapshot.*: entries of a list, string length). */
    LIMIT_EXCEEDED,
    /** A connection without a client certificate sent something other than an enrollment request. */
    UNAUTHENTICATED,
    /** A Hello or Snapshot naming another device than the connection's client certificate. */
    DEVICE_MISMATCH,
    /** A client certificate of a revoked device, refused at the TLS handshake. */
    REVOKED_CERTIFICATE,
    /** A client certificate that is not a valid device certificate of this collector (expired, foreign CA...). */
    BAD_CLIENT_CERTIFICATE,
    /** An enrollment or renewal refused (unusable token, revoked device, bad certificate request). */
    ENROLLMENT_REFUSED,
    /** More messages than limits.messages-per-second / message-burst allow: refused with RATE_LIMITED. */
    RATE_LIMITED,
    /** More bytes from one device than limits.device-bytes per limits.device-bytes-period: refused with RATE_LIMITED. */
    BYTE_QUOTA,
    /** More open connections from one address than limits.max-connections-per-address. */
    TOO_MANY_CONNECTIONS;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
