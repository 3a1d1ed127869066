package dev.farmguard.agent.enroll;

import dev.farmguard.agent.state.StateDirectory;
import dev.farmguard.agent.transport.ClientCredential;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device certificate and its private key in the state directory, together in one owner-only file
 * {@code client.pem} (the PKCS#8 key, then the certificate), replaced atomically so a renewal interrupted
 * by a crash leaves the old pair or the new one, never a mix.
 */
public final class CredentialStore {

    static final String FILE = "client.pem";
    private static final Logger log = LoggerFactory.getLogger(CredentialStore.class);

    private final StateDirectory state;

    public CredentialStore(StateDirectory state) {
        this.state = state;
    }

    /** The stored credential; empty when there is none, or it is unreadable, or its key and certificate differ. */
    public Optional<ClientCredential> load() {
        try {
            Optional<byte[]> stored = state.read(FILE);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            PrivateKey privateKey = null;
            X509Certificate certificate = null;
            try (PEMParser parser = new PEMParser(new StringReader(new String(stored.get(), StandardCharsets.US_ASCII)))) {
                for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                    if (o instanceof PrivateKeyInfo info) {
                        privateKey = new JcaPEMKeyConverter().getPrivateKey(info);
                    } else if (o instanceof X509CertificateHolder holder) {
                        certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
                    }
                }
            }
            if (privateKey == null || certificate == null) {
                throw new IOException(FILE + " needs a PKCS#8 private key and a certificate");
            }
            if (!matches(privateKey, certificate)) {
                throw new IOException("the key and the certificate in " + FILE + " do not belong together");
            }
            return Optional.of(new ClientCredential(privateKey, certificate));
        } catch (IOException | CertificateException | RuntimeException e) {
            log.warn("cannot use the device certificate in {}: {}; the agent must enroll again", state.root(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Replaces the stored credential (atomically, owner-only). */
    public void save(ClientCredential credential) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(new JcaPKCS8Generator(credential.key(), null));
            writer.writeObject(credential.certificate());
        }
        state.write(FILE, out.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the certificate's public key is the one of {@code key} (a signature made with one verifies with the other). */
    static boolean matches(PrivateKey key, X509Certificate certificate) {
        try {
            byte[] probe = "farmguard".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
