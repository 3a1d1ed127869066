package dev.farmguard.collector.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Decides, during the agent port's TLS handshake, whether a client certificate is a device certificate of
 * this collector: signed by its CA, currently valid, for client authentication, naming a device id, and
 * that device not revoked. The revocation check reads an in-memory list (the handshake runs on an event
 * loop). A connection without a certificate passes TLS; the session then only allows enrollment.
 */
public final class DeviceTrustManager extends X509ExtendedTrustManager implements DeviceCertificateCheck {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private final X509Certificate ca;
    private final Predicate<String> revoked;
    private final Clock clock;

    public DeviceTrustManager(X509Certificate ca, Predicate<String> revoked, Clock clock) {
        this.ca = ca;
        this.revoked = revoked;
        this.clock = clock;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new RejectedClientCertificateException("no client certificate", false);
        }
        check(chain[0]);
    }

    /**
     * The checks of a full handshake, for one certificate: also run on every connection after the handshake,
     * because a resumed TLS session skips the trust manager.
     */
    @Override
    public void check(X509Certificate leaf) throws RejectedClientCertificateException {
        if (!leaf.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            throw new RejectedClientCertificateException("certificate not issued by this collector's CA", false);
        }
        try {
            leaf.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new RejectedClientCertificateException("certificate signature does not verify with the CA", false);
        }
        try {
            leaf.checkValidity(Date.from(clock.instant()));
        } catch (CertificateException e) {
            throw new RejectedClientCertificateException("certificate expired or not yet valid", false);
        }
        List<String> usages;
        try {
            usages = leaf.getExtendedKeyUsage();
        } catch (CertificateException e) {
            throw new RejectedClientCertificateException("unreadable extended key usage", false);
        }
        if (usages == null || !usages.contains(CLIENT_AUTH) || leaf.getBasicConstraints() >= 0) {
            throw new RejectedClientCertificateException("not a device client certificate", false);
        }
        String deviceId = ClientCertificates.deviceId(leaf);
        if (deviceId.isEmpty()) {
            throw new RejectedClientCertificateException("certificate names no device id", false);
        }
        if (revoked.test(deviceId)) {
            throw new RejectedClientCertificateException("device " + deviceId + " is revoked", true);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the agent port only authenticates clients");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    /** Clients pick their certificate by this issuer: only this CA's device certificates are asked for. */
    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[] {ca};
    }
}
