package dev.farmguard.collector.enroll;

import java.time.Instant;

/** A device certificate the CA issued, as the agent receives it (DER encodings). */
public record IssuedCertificate(String deviceId, byte[] certificateDer, byte[] caCertificateDer, Instant notAfter) {

    public IssuedCertificate {
        certificateDer = certificateDer.clone();
        caCertificateDer = caCertificateDer.clone();
    }

    @Override
    public byte[] certificateDer() {
        return certificateDer.clone();
    }

    @Override
    public byte[] caCertificateDer() {
        return caCertificateDer.clone();
    }
}
