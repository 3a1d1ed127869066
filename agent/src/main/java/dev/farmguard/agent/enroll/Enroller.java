package dev.farmguard.agent.enroll;

import dev.farmguard.agent.transport.ClientCredential;
import dev.farmguard.agent.transport.CollectorConnection;
import dev.farmguard.agent.transport.CollectorConnector;
import dev.farmguard.proto.v1.EnrollRequest;
import dev.farmguard.proto.v1.EnrollResponse;
import com.google.protobuf.ByteString;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Trades an enrollment token (or, to renew, the current certificate) and a key of the agent's own for a
 * device certificate. Every answer is checked: the certificate must be for our key, signed by the CA
 * pinned with {@code --ca}, and name the device id the answer claims.
 */
public final class Enroller {

    private final CollectorConnector connector;

    public Enroller(CollectorConnector connector) {
        this.connector = connector;
    }

    /** Enrolls {@code keys} (whose PKCS#10 request is {@code csrDer}) with {@code token}, as a normal agent. */
    public CompletableFuture<ClientCredential> enroll(String token, MachineFacts facts, KeyPair keys, byte[] csrDer) {
        return enroll(token, facts, "", null, keys, csrDer);
    }

    /**
     * Enrolls {@code keys} with {@code token}.
     *
     * @param requestedDeviceId replay tokens only: the device id to certify; "" for a normal agent
     * @param observedIp        replay only: the PROXY v2 source address of the connection; null otherwise
     */
    public CompletableFuture<ClientCredential> enroll(String token, MachineFacts facts, String requestedDeviceId,
                                                      String observedIp, KeyPair keys, byte[] csrDer) {
        EnrollRequest request = EnrollRequest.newBuilder()
                .setToken(token)
                .setCsrDer(ByteString.copyFrom(csrDer))
                .setHostname(facts.hostname())
                .setHardwareSerial(facts.hardwareSerial())
                .setHardwareUuid(facts.hardwareUuid())
                .setRequestedDeviceId(requestedDeviceId)
                .build();
        return connector.enroll(request, observedIp).thenApply(response -> credential(response, keys,
                connector.trustedCertificates()));
    }

    /** Renews over an open, authenticated session, for the fresh key {@code keys}. */
    public CompletableFuture<ClientCredential> renew(CollectorConnection connection, KeyPair keys) {
        return connection.renew(CertificateRequests.csr(keys))
                .thenApply(response -> credential(response, keys, connector.trustedCertificates()));
    }

    /** Whether one of the CA certificates pinned with {@code --ca} signed {@code certificate}. */
    public boolean issuedByPinnedCa(X509Certificate certificate) {
        for (X509Certificate ca : connector.trustedCertificates()) {
            if (!ca.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue;
            }
            try {
                certificate.verify(ca.getPublicKey());
                return true;
            } catch (GeneralSecurityException e) {
                // same name, another key: a reinstalled collector's new CA
            }
        }
        return false;
    }

    /** The credential an answer grants; {@link IllegalStateException} when the answer cannot be trusted. */
    static ClientCredential credential(EnrollResponse response, KeyPair keys, List<X509Certificate> trusted) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            X509Certificate certificate = (X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(response.getCertificateDer().toByteArray()));
            byte[] caDer = response.getCaCertificateDer().toByteArray();
            X509Certificate ca = trusted.stream().filter(t -> encodingEquals(t, caDer)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "the collector's answer names a CA other than the one given with --ca"));
            certificate.verify(ca.getPublicKey());
            if (!Arrays.equals(certificate.getPublicKey().getEncoded(), keys.getPublic().getEncoded())) {
                throw new IllegalStateException("the collector certified another key than this agent's");
            }
            ClientCredential credential = new ClientCredential(keys.getPrivate(), certificate);
            if (!credential.deviceId().equals(response.getDeviceId())) {
                throw new IllegalStateException("the certificate names device '" + credential.deviceId()
                        + "' but the answer says '" + response.getDeviceId() + "'");
            }
            return credential;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the collector's certificate does not check out: " + e.getMessage(), e);
        }
    }

    private static boolean encodingEquals(X509Certificate certificate, byte[] der) {
        try {
            return Arrays.equals(certificate.getEncoded(), der);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
