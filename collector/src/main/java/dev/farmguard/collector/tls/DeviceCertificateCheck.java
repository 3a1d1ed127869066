package dev.farmguard.collector.tls;

import java.security.cert.X509Certificate;

/**
 * Whether a device certificate may be used now: this collector's CA issued it, it is valid today, it is a
 * device client certificate, and its device is not revoked. Runs on an event loop, so it never blocks.
 */
@FunctionalInterface
public interface DeviceCertificateCheck {

    /** Throws, saying why, when the certificate may not be used (revoked() tells a revoked device apart). */
    void check(X509Certificate certificate) throws RejectedClientCertificateException;
}
