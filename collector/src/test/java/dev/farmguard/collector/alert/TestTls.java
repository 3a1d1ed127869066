package dev.farmguard.collector.alert;

import dev.farmguard.collector.tls.CertificateAuthority;
import dev.farmguard.collector.tls.IssuedCredential;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** A receiver's TLS identity issued by the collector's own CA code; the CA certificate is {@link #caPem()}. */
final class TestTls {

    private final Path caPem;
    private final SSLContext server;

    TestTls(Path dir) throws Exception {
        this.caPem = dir.resolve("ca.pem");
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(caPem, dir.resolve("ca.key"), Clock.systemUTC());
        IssuedCredential cred = ca.issueServerCertificate(List.of("localhost", "127.0.0.1"), Duration.ofDays(1));
        char[] password = "test".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", cred.key(), password, cred.chain().toArray(new Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        this.server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
    }

    Path caPem() {
        return caPem;
    }

    SSLContext serverContext() {
        return server;
    }
}
