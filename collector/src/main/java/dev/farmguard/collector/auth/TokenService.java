package dev.farmguard.collector.auth;

import dev.farmguard.collector.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Creates, checks and revokes API tokens against the store. */
public final class TokenService {

    private final Store store;
    private final Clock clock;

    public TokenService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new token; the returned secret is never stored and cannot be recovered. A past expiry is refused. */
    public CreatedToken create(Role role, String name, Instant expiresAt) {
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new IllegalArgumentException("expiry " + expiresAt + " is not in the future");
        }
        String secret = TokenSecrets.newSecret();
        ApiToken token = new ApiToken(TokenSecrets.newId(), TokenSecrets.sha256Hex(secret), role, name,
                clock.instant(), expiresAt, false);
        store.saveToken(token);
        return new CreatedToken(token, secret);
    }

    /** The token a bearer secret belongs to, if it exists, is not revoked and has not expired. */
    public Optional<ApiToken> authenticate(String secret) {
        return check(secret).usable();
    }

    /** Like {@link #authenticate}, but says why a secret is refused: unknown, revoked or expired (and when). */
    public TokenCheck check(String secret) {
        if (secret == null || !secret.startsWith(TokenSecrets.PREFIX) || secret.length() > 200) {
            return TokenCheck.refused("invalid token");
        }
        Optional<ApiToken> found = store.tokenByHash(TokenSecrets.sha256Hex(secret));
        if (found.isEmpty()) {
            return TokenCheck.refused("invalid token");
        }
        ApiToken t = found.get();
        if (t.revoked()) {
            return TokenCheck.refused("token " + t.id() + " was revoked");
        }
        if (!t.usableAt(clock.instant())) {
            return TokenCheck.refused("token " + t.id() + " expired at " + t.expiresAt() + "; ask an admin for a new one");
        }
        return TokenCheck.accepted(t);
    }

    /** A token and its secret, as returned once at creation. */
    public record CreatedToken(ApiToken token, String secret) {}
}
