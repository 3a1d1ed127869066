package dev.farmguard.collector.tls;

import dev.farmguard.collector.app.OwnerOnlyFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/** PEM encoding of certificates and private keys; keys are written owner-only. */
public final class PemFiles {

    private PemFiles() {}

    public static String toPem(Object certificateOrKey) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(certificateOrKey);
        } catch (IOException e) {
            throw new IllegalStateException("PEM encoding failed", e);
        }
        return out.toString();
    }

    public static void writeCertificate(Path file, X509Certificate certificate) throws IOException {
        Files.writeString(file, toPem(certificate), StandardCharsets.US_ASCII);
    }

    /** PKCS#8 ("BEGIN PRIVATE KEY"), which keeps the EC curve parameters with the key. */
    public static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null));
        }
        OwnerOnlyFiles.write(file, out.toString());
    }

    public static X509Certificate readCertificate(Path file) throws IOException {
        Object parsed = parse(Files.readString(file, StandardCharsets.US_ASCII), file);
        if (!(parsed instanceof X509CertificateHolder holder)) {
            throw new IOException(file + " holds no certificate");
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IOException(file + " holds a bad certificate: " + e.getMessage(), e);
        }
    }

    public static PrivateKey readPrivateKey(Path file) throws IOException {
        Object parsed = parse(Files.readString(file, StandardCharsets.US_ASCII), file);
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        if (parsed instanceof PEMKeyPair pair) {
            return converter.getKeyPair(pair).getPrivate();
        }
        if (parsed instanceof PrivateKeyInfo info) {
            return converter.getPrivateKey(info);
        }
        throw new IOException(file + " holds no private key");
    }

    private static Object parse(String pem, Path file) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object o = parser.readObject();
            if (o == null) {
                throw new IOException(file + " holds no PEM object");
            }
            return o;
        }
    }
}
