package dev.farmguard.agent.transport;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import javax.security.auth.x500.X500Principal;

/**
 * The agent's device certificate and its private key, presented to the collector on every connection
 * (mutual TLS). The certificate's subject CN is the device id the collector assigned.
 */
public final class ClientCredential {

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final String deviceId;

    public ClientCredential(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
        this.deviceId = commonName(certificate.getSubjectX500Principal());
        if (deviceId.isEmpty()) {
            throw new IllegalArgumentException("the certificate names no device id (subject CN)");
        }
    }

    public PrivateKey key() {
        return key;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String deviceId() {
        return deviceId;
    }

    public Instant notBefore() {
        return certificate.getNotBefore().toInstant();
    }

    public Instant notAfter() {
        return certificate.getNotAfter().toInstant();
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(notAfter());
    }

    /** Renew once two thirds of the lifetime have passed, leaving a third to reach the collector. */
    public boolean renewalDueAt(Instant now) {
        Duration lifetime = Duration.between(notBefore(), notAfter());
        return !now.isBefore(notBefore().plus(lifetime.multipliedBy(2).dividedBy(3)));
    }

    private static String commonName(X500Principal subject) {
        // RFC 2253 form, e.g. "CN=0b7e...": the collector writes exactly one CN and nothing else
        for (String part : subject.getName(X500Principal.RFC2253).split("(?<!\\\\),")) {
            if (part.regionMatches(true, 0, "CN=", 0, 3)) {
                return part.substring(3).replace("\\", "");
            }
        }
        return "";
    }

    @Override
    public String toString() {
        return "ClientCredential[device " + deviceId + ", valid until " + notAfter() + "]";
    }
}
