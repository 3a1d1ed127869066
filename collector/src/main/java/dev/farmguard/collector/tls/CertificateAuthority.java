package dev.farmguard.collector.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
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
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collector's own certificate authority (EC P-256, 10 years), kept as {@code ca.pem} + {@code ca-key.pem}
 * in the data directory. It signs the server certificate at every start and, for enrollment, device client
 * certificates from PKCS#10 requests.
 */
public final class CertificateAuthority {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateAuthority.class);
    private static final String SIGNATURE = "SHA256withECDSA";
    static final Duration CA_VALIDITY = Duration.ofDays(3653);
    /** Reads whatever key type a device chose (the JDK cannot map every key OID); not installed globally. */
    private static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    private final X509Certificate certificate;
    private final PrivateKey key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CertificateAuthority(X509Certificate certificate, PrivateKey key, Clock clock) {
        this.certificate = certificate;
        this.key = key;
        this.clock = clock;
    }

    /** Loads the CA from the two files, or creates it when neither exists. */
    public static CertificateAuthority loadOrCreate(Path certFile, Path keyFile, Clock clock) throws IOException {
        boolean haveCert = Files.exists(certFile);
        boolean haveKey = Files.exists(keyFile);
        if (haveCert && haveKey) {
            return new CertificateAuthority(PemFiles.readCertificate(certFile), PemFiles.readPrivateKey(keyFile), clock);
        }
        if (haveCert || haveKey) {
            throw new IOException("found only one of " + certFile + " and " + keyFile
                    + "; restore the other or remove both to create a new CA (enrolled agents must then re-enroll)");
        }
        CertificateAuthority ca = create(clock);
        PemFiles.writePrivateKey(keyFile, ca.key);
        PemFiles.writeCertificate(certFile, ca.certificate);
        LOG.info("created a new collector CA, certificate in {}", certFile);
        return ca;
    }

    static CertificateAuthority create(Clock clock) {
        KeyPair pair = newKeyPair();
        Instant now = clock.instant();
        X500Name name = new X500Name("CN=Farmguard collector CA");
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(new SecureRandom()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(CA_VALIDITY)), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate cert = sign(b, pair.getPrivate());
            return new CertificateAuthority(cert, pair.getPrivate(), clock);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not create the CA certificate", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A fresh server key and certificate naming every entry of {@code names} (DNS names and IP addresses). */
    public IssuedCredential issueServerCertificate(List<String> names, Duration validity) {
        KeyPair pair = newKeyPair();
        GeneralName[] sans = names.stream().distinct().map(CertificateAuthority::generalName).toArray(GeneralName[]::new);
        X500Name subject = new X500Name("CN=" + (names.isEmpty() ? "farmguard-collector" : names.get(0)));
        try {
            X509v3CertificateBuilder b = leaf(subject, pair.getPublic(), validity)
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(sans))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            return new IssuedCredential(pair.getPrivate(), List.of(sign(b, key), certificate));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not issue the server certificate", e);
        }
    }

    /**
     * Signs a device's PKCS#10 request (DER) as a client certificate whose subject CN is {@code deviceId}.
     * The request's own signature is checked; its subject is ignored, because the collector names devices.
     */
    public X509Certificate signClientCsr(byte[] csrDer, String deviceId, Duration validity) {
        PKCS10CertificationRequest csr = verifiedCsr(csrDer);
        try {
            java.security.PublicKey publicKey = new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter()
                    .setProvider(BC).getPublicKey(csr.getSubjectPublicKeyInfo());
            X500Name subject = new X500Name(new org.bouncycastle.asn1.x500.RDN[] {
                new org.bouncycastle.asn1.x500.RDN(org.bouncycastle.asn1.x500.style.BCStyle.CN,
                        new org.bouncycastle.asn1.DERUTF8String(deviceId))});
            X509v3CertificateBuilder b = leaf(subject, publicKey, validity)
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            return sign(b, key);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid PKCS#10 certificate request: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign the client certificate", e);
        }
    }

    /**
     * Checks that {@code csrDer} is a PKCS#10 request whose signature verifies with its own key (proof that
     * the requester holds the private key); {@link IllegalArgumentException} otherwise.
     */
    public static void verifyCsr(byte[] csrDer) {
        verifiedCsr(csrDer);
    }

    private static PKCS10CertificationRequest verifiedCsr(byte[] csrDer) {
        try {
            PKCS10CertificationRequest csr = new PKCS10CertificationRequest(csrDer);
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC)
                    .build(csr.getSubjectPublicKeyInfo()))) {
                throw new IllegalArgumentException("certificate request signature does not verify");
            }
            DeviceKeyPolicy.check(csr.getSubjectPublicKeyInfo());
            return csr;
        } catch (IOException | PKCSException | OperatorCreationException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getCause() == null) {
                throw iae;
            }
            throw new IllegalArgumentException("not a valid PKCS#10 certificate request: " + e.getMessage(), e);
        }
    }

    private X509v3CertificateBuilder leaf(X500Name subject, java.security.PublicKey publicKey, Duration validity)
            throws GeneralSecurityException, IOException {
        Instant now = clock.instant();
        Instant notAfter = now.plus(validity);
        Instant caEnd = certificate.getNotAfter().toInstant();
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        return new JcaX509v3CertificateBuilder(certificate, serial(random), Date.from(now.minus(Duration.ofMinutes(5))),
                Date.from(notAfter.isAfter(caEnd) ? caEnd : notAfter), subject, publicKey)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate))
                .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(publicKey));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
            throws GeneralSecurityException {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(SIGNATURE).build(signer);
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static GeneralName generalName(String name) {
        boolean ip = name.matches("[0-9.]+") || name.contains(":");
        return new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }
}
