package dev.farmguard.collector.enroll;

import java.time.Instant;

/**
 * A stored enrollment token. Only the SHA-256 of the secret is kept; the secret is shown once, at creation.
 *
 * @param id        public identifier used to list and revoke the token (not secret)
 * @param sha256Hex lower-case hex SHA-256 of the secret
 * @param expiresAt null when the token does not expire
 * @param maxUses   enrollments allowed in total, null for no limit
 * @param uses      enrollments made so far
 */
public record EnrollmentToken(String id, String sha256Hex, TokenPurpose purpose, String note, Instant createdAt,
                              Instant expiresAt, Integer maxUses, int uses, boolean revoked) {

    /** Whether the token may enroll one more device at {@code now}. */
    public boolean usableAt(Instant now) {
        return !revoked && (expiresAt == null || now.isBefore(expiresAt)) && (maxUses == null || uses < maxUses);
    }
}
