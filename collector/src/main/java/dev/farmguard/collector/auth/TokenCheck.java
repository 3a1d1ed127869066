package dev.farmguard.collector.auth;

import java.util.Optional;

/**
 * The result of checking a bearer secret: the usable token, or why it was refused. The reason is safe to tell the
 * caller: whoever sent the secret already holds it, and "expired" tells them to ask for a new one.
 */
public record TokenCheck(ApiToken token, String refusal) {

    public static TokenCheck accepted(ApiToken token) {
        return new TokenCheck(token, null);
    }

    public static TokenCheck refused(String why) {
        return new TokenCheck(null, why);
    }

    public Optional<ApiToken> usable() {
        return Optional.ofNullable(token);
    }
}
