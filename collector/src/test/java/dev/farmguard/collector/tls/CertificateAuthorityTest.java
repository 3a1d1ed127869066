package dev.farmguard.collector.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

    @TempDir
    Path dir;

    private CertificateAuthority ca() throws Exception {
        return CertificateAuthority.loadOrCreate(dir.resolve("ca.pem"), dir.resolve("ca-key.pem"), Clock.systemUTC());
    }

    @Test
    void caIsCreatedOnceWithAnOwnerOnlyKeyAndReloaded() throws Exception {
        X509Certificate first = ca().certificate();
        assertThat(Files.getPosixFilePermissions(dir.resolve("ca-key.pem")))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(first.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(Duration.between(first.getNotBefore().toInstant(), first.getNotAfter().toInstant()).toDays())
                .isGreaterThanOrEqualTo(3650);
        assertThat(ca().certificate()).isEqualTo(first);
    }

    @Test
    void aLoneCaFileIsAnError() throws Exception {
        ca();
        Files.delete(dir.resolve("ca-key.pem"));
        assertThatThrownBy(this::ca).hasMessageContaining("only one of");
    }

    @Test
    void serverCertificateNamesEveryHostAndIsSignedByTheCa() throws Exception {
        CertificateAuthority ca = ca();
        IssuedCredential cred = ca.issueServerCertificate(ServerNames.forThisHost(List.of("collector.example.com")),
                Duration.ofDays(30));
        X509Certificate leaf = cred.leaf();
        leaf.verify(ca.certificate().getPublicKey());
        List<String> sans = leaf.getSubjectAlternativeNames().stream().map(l -> String.valueOf(l.get(1))).toList();
        assertThat(sans).contains("localhost", "127.0.0.1", "collector.example.com", ServerNames.hostName());
        assertThat(sans).anyMatch(s -> s.startsWith("0:0:0:0:0:0:0:1"));
        assertThat(leaf.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
    }

    @Test
    void aDeviceCsrIsSignedAsAClientCertificateNamedByTheCollector() throws Exception {
        CertificateAuthority ca = ca();
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair device = g.generateKeyPair();
        byte[] csr = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=whatever-the-agent-says"),
                device.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(device.getPrivate()))
                .getEncoded();
        X509Certificate cert = ca.signClientCsr(csr, "dev-42", Duration.ofDays(90));
        cert.verify(ca.certificate().getPublicKey());
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=dev-42");
        assertThat(cert.getPublicKey()).isEqualTo(device.getPublic());
        assertThat(cert.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.2");
        assertThatThrownBy(() -> ca.signClientCsr(new byte[] {1, 2, 3}, "dev-42", Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] csr(String algorithm, java.security.spec.AlgorithmParameterSpec spec, int size,
                              String signature) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
        if (spec != null) {
            g.initialize(spec);
        } else {
            g.initialize(size);
        }
        KeyPair keys = g.generateKeyPair();
        return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=agent"), keys.getPublic())
                .build(new JcaContentSignerBuilder(signature).build(keys.getPrivate())).getEncoded();
    }

    @Test
    void weakOrUnusualKeysAreNotCertified() throws Exception {
        CertificateAuthority ca = ca();
        assertThatThrownBy(() -> ca.signClientCsr(csr("RSA", null, 1024, "SHA256withRSA"), "d", Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RSA key of 1024 bits");
        assertThatThrownBy(() -> ca.signClientCsr(csr("EC", new java.security.spec.ECGenParameterSpec("secp521r1"), 0,
                "SHA256withECDSA"), "d", Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-256 or P-384");
        assertThatThrownBy(() -> CertificateAuthority.verifyCsr(csr("RSA", null, 1024, "SHA256withRSA")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ca.signClientCsr(csr("RSA", null, 2048, "SHA256withRSA"), "d", Duration.ofDays(1))).isNotNull();
        assertThat(ca.signClientCsr(csr("EC", new java.security.spec.ECGenParameterSpec("secp384r1"), 0,
                "SHA384withECDSA"), "d", Duration.ofDays(1))).isNotNull();
    }
}
