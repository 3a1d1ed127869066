package dev.farmguard.collector.store;

import dev.farmguard.collector.enroll.DeviceEnrollment;
import dev.farmguard.collector.enroll.EnrollmentToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Enrollment tokens, enrolled devices and revoked devices. Methods block (JDBC). */
public interface EnrollmentStore {

    void saveToken(EnrollmentToken token);

    /** Tokens ordered by creation time. */
    List<EnrollmentToken> tokens();

    /** Marks the token revoked; false when no token has this id. */
    boolean revokeToken(String id);

    /**
     * Atomically takes one use of the token with this hash if it is usable at {@code now} (exists, not
     * revoked, not expired, uses left); returns it as it is after the use, or empty (nothing changed).
     */
    Optional<EnrollmentToken> consumeToken(String sha256Hex, Instant now);

    /** The token with this hash as stored, without taking a use; empty when unknown. */
    Optional<EnrollmentToken> token(String sha256Hex);

    /** Records (or replaces) the enrollment of a device id. */
    void saveEnrollment(DeviceEnrollment enrollment);

    Optional<DeviceEnrollment> enrollment(String deviceId);

    /** Enrollments ordered by device id. */
    List<DeviceEnrollment> enrollments();

    /** Enrollments that reported this hardware UUID or serial (non-empty ones only), oldest first. */
    List<DeviceEnrollment> enrollmentsOfHardware(String hardwareUuid, String hardwareSerial);

    /** Revokes a device id (enrolled or not); false when it was revoked already. */
    boolean revokeDevice(String deviceId, Instant at);

    Set<String> revokedDeviceIds();
}
