package dev.farmguard.collector.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Creates token secrets and ids, and hashes secrets for storage and lookup. */
public final class TokenSecrets {

    /** Secrets carry a recognisable prefix so leaked tokens can be found by secret scanners. */
    public static final String PREFIX = "fg_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    public static String newSecret() {
        return newSecret(PREFIX);
    }

    /** A secret with another recognisable prefix (enrollment tokens use their own). */
    public static String newSecret(String prefix) {
        return prefix + random(32);
    }

    public static String newId() {
        return newId("tok_");
    }

    public static String newId(String prefix) {
        return prefix + random(9);
    }

    public static String sha256Hex(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
