package dev.farmguard.agent.transport;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;

/**
 * The client TLS context: trusts only the CA certificate(s) in the given PEM file (never the system
 * trust store) and verifies that the collector's certificate names the host dialled.
 */
public final class TlsClientContext {

    private TlsClientContext() {
    }

    /** Builds the context; problems with the CA file are {@link IllegalArgumentException}s naming the file. */
    public static SslContext create(Path caFile) {
        return create(loadCertificates(caFile), null);
    }

    /**
     * A context trusting only {@code trusted} that presents {@code credential} as client certificate (mutual
     * TLS); without a credential (null) only the collector is authenticated, which is enough to enroll.
     */
    public static SslContext create(List<X509Certificate> trusted, ClientCredential credential) {
        return create(trustManagers(trusted), credential);
    }

    /** As above with the trust already built (replay builds a context per device: share this part). */
    public static SslContext create(TrustManagerFactory trusted, ClientCredential credential) {
        try {
            SslContextBuilder builder = SslContextBuilder.forClient()
                    .trustManager(trusted)
                    .endpointIdentificationAlgorithm("HTTPS")
                    .protocols("TLSv1.3", "TLSv1.2");
            if (credential != null) {
                builder.keyManager(new CredentialKeyManager(credential));
            }
            return builder.build();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot build the TLS context: " + e.getMessage(), e);
        }
    }

    /** A trust manager factory that trusts exactly {@code trusted}. */
    public static TrustManagerFactory trustManagers(List<X509Certificate> trusted) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < trusted.size(); i++) {
                store.setCertificateEntry("ca-" + i, trusted.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot trust the CA certificate: " + e.getMessage(), e);
        }
    }

    /** Every certificate in a PEM (or DER) file; at least one is required. */
    public static List<X509Certificate> loadCertificates(Path caFile) {
        try (InputStream in = Files.newInputStream(caFile)) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .stream().map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("CA file " + caFile + " holds no certificate");
            }
            return certificates;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("CA file " + caFile + " does not exist", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read CA file " + caFile + ": " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("CA file " + caFile + " is not a PEM/DER X.509 certificate: "
                    + e.getMessage(), e);
        }
    }
}
