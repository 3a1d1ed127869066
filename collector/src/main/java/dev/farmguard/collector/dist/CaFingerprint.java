package dev.farmguard.collector.dist;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * The SHA-256 fingerprint agents pin the collector's CA with. Written as {@code openssl x509 -noout -fingerprint
 * -sha256} prints it; the agent's {@code dev.farmguard.agent.config.CaFingerprint} computes the same (the collector
 * cannot depend on the agent's jar, so the three lines live twice; PackageCommandTest checks they agree).
 */
public final class CaFingerprint {

    private CaFingerprint() {
    }

    public static String of(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
