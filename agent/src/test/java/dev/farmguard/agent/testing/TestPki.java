package dev.farmguard.agent.testing;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away CA and a server certificate it signed, for loopback TLS tests; it also signs device client
 * certificates from certificate requests, as the collector's CA does at enrollment.
 */
public final class TestPki {

    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime());

    private final X509Certificate caCertificate;
    private final KeyPair caKeys;
    private final X509Certificate serverCertificate;
    private final KeyPair serverKeys;

    private TestPki(X509Certificate caCertificate, KeyPair caKeys, X509Certificate serverCertificate,
                    KeyPair serverKeys) {
        this.caCertificate = caCertificate;
        this.caKeys = caKeys;
        this.serverCertificate = serverCertificate;
        this.serverKeys = serverKeys;
    }

    /** A CA and a server certificate naming {@code names} (DNS names or IP literals). */
    public static TestPki create(String... names) {
        try {
            KeyPair caKeys = keys();
            X500Name caName = new X500Name("CN=Farmguard test CA");
            X509v3CertificateBuilder ca = builder(caName, caName, caKeys)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate caCertificate = sign(ca, caKeys);

            KeyPair serverKeys = keys();
            GeneralName[] altNames = new GeneralName[names.length];
            for (int i = 0; i < names.length; i++) {
                boolean ip = Character.isDigit(names[i].charAt(0)) || names[i].contains(":");
                altNames[i] = new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, names[i]);
            }
            X509v3CertificateBuilder server = builder(caName, new X500Name("CN=" + names[0]), serverKeys)
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(altNames))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            return new TestPki(caCertificate, caKeys, sign(server, caKeys), serverKeys);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create test certificates", e);
        }
    }

    /** Writes the CA certificate as PEM (what {@code --ca} takes). */
    public Path writeCaPem(Path dir) throws IOException {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(caCertificate);
        }
        return Files.writeString(dir.resolve("ca-" + caCertificate.getSerialNumber() + ".pem"), pem.toString());
    }

    /** Server authentication only. */
    public SslContext serverContext() throws IOException {
        return SslContextBuilder.forServer(serverKeys.getPrivate(), serverCertificate, caCertificate).build();
    }

    /** Asks clients for a certificate of this CA (optional, so clients without one can enroll). */
    public SslContext mutualServerContext() throws IOException {
        return SslContextBuilder.forServer(serverKeys.getPrivate(), serverCertificate, caCertificate)
                .clientAuth(io.netty.handler.ssl.ClientAuth.OPTIONAL).trustManager(caCertificate).build();
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /**
     * A client certificate for the key of {@code csrDer} (PKCS#10), subject CN = {@code deviceId}, valid from
     * {@code age} ago for {@code validity} from now.
     */
    public X509Certificate signClientCsr(byte[] csrDer, String deviceId, java.time.Duration validity,
                                        java.time.Duration age) {
        try {
            org.bouncycastle.pkcs.PKCS10CertificationRequest csr = new org.bouncycastle.pkcs.PKCS10CertificationRequest(csrDer);
            java.security.PublicKey key = new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter()
                    .getPublicKey(csr.getSubjectPublicKeyInfo());
            Instant now = Instant.now();
            X509v3CertificateBuilder client = new JcaX509v3CertificateBuilder(new X500Name("CN=Farmguard test CA"),
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(now.minus(age).minusSeconds(1)),
                    Date.from(now.plus(validity)), new X500Name("CN=" + deviceId), key)
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            return sign(client, caKeys);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot sign the test client certificate", e);
        }
    }

    public static boolean isLoopbackResolvable(String name) {
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIALS.incrementAndGet()),
                Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(1, ChronoUnit.DAYS)), subject,
                keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
    }
}
