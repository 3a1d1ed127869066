package dev.farmguard.collector.testing;

import dev.farmguard.collector.app.Collector;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** Device keys and certificates for tests, made the way an agent makes them. */
public final class TestDevices {

    private TestDevices() {}

    /** A device's private key and the certificate the collector's CA issued for it. */
    public record DeviceCert(PrivateKey key, X509Certificate certificate) {}

    public static KeyPair newKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#10 request (DER) for {@code keys}. */
    public static byte[] csr(KeyPair keys) {
        try {
            return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=test-agent"), keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())).getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate for {@code deviceId} straight from the collector's CA (what enrollment would issue). */
    public static DeviceCert certify(Collector collector, String deviceId) {
        KeyPair keys = newKeys();
        return new DeviceCert(keys.getPrivate(),
                collector.certificateAuthority().signClientCsr(csr(keys), deviceId, Duration.ofDays(1)));
    }
}
