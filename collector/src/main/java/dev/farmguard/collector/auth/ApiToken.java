package dev.farmguard.collector.auth;

import java.time.Instant;

/**
 * A stored API token. Only the SHA-256 of the secret is kept; the secret is shown once, at creation.
 *
 * @param id        public identifier used to list and revoke the token (not secret)
 * @param sha256Hex lower-case hex SHA-256 of the secret
 * @param expiresAt null when the token does not expire
 */
public record ApiToken(String id, String sha256Hex, Role role, String name, Instant createdAt, Instant expiresAt,
                       boolean revoked) {

    public boolean usableAt(Instant now) {
        return !revoked && (expiresAt == null || now.isBefore(expiresAt));
    }
}
