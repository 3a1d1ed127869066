package dev.farmguard.collector.enroll;

import java.time.Instant;

/**
 * A device id the collector certified: who asked (the token), which machine said it was (never trusted
 * for identity: serials and UUIDs are not secret), and the latest certificate's end of validity.
 */
public record DeviceEnrollment(String deviceId, String tokenId, String hostname, String hardwareSerial,
                               String hardwareUuid, Instant enrolledAt, Instant certificateNotAfter) {}
