package dev.farmguard.agent.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The SHA-256 fingerprint of a CA certificate, written as {@code openssl x509 -noout -fingerprint -sha256}
 * prints it (upper-case hex pairs joined by colons), so IT can compare it by eye with the collector's CA.
 */
public final class CaFingerprint {

    private static final HexFormat PAIRS = HexFormat.ofDelimiter(":").withUpperCase();

    private CaFingerprint() {
    }

    /** The fingerprint of the certificate's DER encoding. */
    public static String of(X509Certificate certificate) {
        try {
            return PAIRS.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Normalises a pin as written by people: colons, spaces and a {@code sha256:} prefix are optional, case does
     * not matter; anything but 64 hex digits is an {@link IllegalArgumentException} saying so.
     */
    public static String normalise(String pin) {
        String digits = pin.trim().toLowerCase(Locale.ROOT);
        if (digits.startsWith("sha256:")) {
            digits = digits.substring("sha256:".length());
        }
        digits = digits.replace(":", "").replace(" ", "");
        if (digits.length() != 64 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("'" + pin + "' is not a SHA-256 fingerprint (64 hex digits, "
                    + "colons allowed, as printed by openssl x509 -noout -fingerprint -sha256)");
        }
        return PAIRS.formatHex(HexFormat.of().parseHex(digits));
    }

    /** True when the first certificate of the CA file (the one the collector chains to) has this pin. */
    public static boolean matches(List<X509Certificate> caFile, String pin) {
        return !caFile.isEmpty() && of(caFile.get(0)).equals(normalise(pin));
    }
}
