package dev.farmguard.collector.enroll;

import dev.farmguard.collector.auth.TokenSecrets;
import dev.farmguard.collector.store.EnrollmentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates, lists and revokes enrollment tokens (API and CLI). Secrets are returned once, never stored. */
public final class EnrollmentTokens {

    /** Enrollment secrets carry their own prefix, so a leaked one is recognisable (and not an API token). */
    public static final String PREFIX = "fge_";
    public static final int MAX_NOTE_CHARS = 255;

    private static final Logger LOG = LoggerFactory.getLogger(EnrollmentTokens.class);

    private final EnrollmentStore store;
    private final Clock clock;
    private final Duration defaultValidity;

    /** @param defaultValidity expiry of tokens created without one */
    public EnrollmentTokens(EnrollmentStore store, Clock clock, Duration defaultValidity) {
        this.store = store;
        this.clock = clock;
        this.defaultValidity = defaultValidity;
    }

    /**
     * A new token.
     *
     * @param expiresAt null for the default validity from now
     * @param maxUses   null for no limit, else at least 1
     */
    public Created create(TokenPurpose purpose, String note, Instant expiresAt, Integer maxUses) {
        Instant now = clock.instant();
        Instant expiry = expiresAt == null ? now.plus(defaultValidity) : expiresAt;
        if (!expiry.isAfter(now)) {
            throw new IllegalArgumentException("expiry " + expiry + " is not in the future");
        }
        if (maxUses != null && maxUses < 1) {
            throw new IllegalArgumentException("the use limit must be at least 1, got " + maxUses);
        }
        if (note.length() > MAX_NOTE_CHARS) {
            throw new IllegalArgumentException("the note is longer than " + MAX_NOTE_CHARS + " characters");
        }
        String secret = TokenSecrets.newSecret(PREFIX);
        EnrollmentToken token = new EnrollmentToken(TokenSecrets.newId("enr_"), TokenSecrets.sha256Hex(secret),
                purpose, note, now, expiry, maxUses, 0, false);
        store.saveToken(token);
        LOG.info("created {} enrollment token {} (expires {}, uses {})", purpose.apiName(), token.id(), expiry,
                maxUses == null ? "unlimited" : maxUses);
        return new Created(token, secret);
    }

    public List<EnrollmentToken> list() {
        return store.tokens();
    }

    /** False when no token has this id. */
    public boolean revoke(String id) {
        boolean done = store.revokeToken(id);
        if (done) {
            LOG.info("revoked enrollment token {}", id);
        }
        return done;
    }

    /** A token and its secret, as returned once at creation. */
    public record Created(EnrollmentToken token, String secret) {}
}
