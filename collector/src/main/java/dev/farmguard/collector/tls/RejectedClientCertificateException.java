package dev.farmguard.collector.tls;

import java.security.cert.CertificateException;

/** A client certificate the agent port refuses at the handshake; {@link #revoked()} when its device is revoked. */
public final class RejectedClientCertificateException extends CertificateException {

    private final boolean revoked;

    public RejectedClientCertificateException(String message, boolean revoked) {
        super(message);
        this.revoked = revoked;
    }

    public boolean revoked() {
        return revoked;
    }
}
