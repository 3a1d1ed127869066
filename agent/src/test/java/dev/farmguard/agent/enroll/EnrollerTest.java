package dev.farmguard.agent.enroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.farmguard.agent.state.StateDirectory;
import dev.farmguard.agent.testing.TestPki;
import dev.farmguard.agent.transport.ClientCredential;
import dev.farmguard.proto.v1.EnrollResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks an enrollment answer must pass, the renewal point, and the credential file. */
class EnrollerTest {

    private static final TestPki PKI = TestPki.create("127.0.0.1");

    @TempDir
    Path dir;

    private final KeyPair keys = CertificateRequests.newKeyPair();

    private static EnrollResponse answer(X509Certificate cert, X509Certificate ca, String deviceId) throws Exception {
        return EnrollResponse.newBuilder().setDeviceId(deviceId)
                .setCertificateDer(ByteString.copyFrom(cert.getEncoded()))
                .setCaCertificateDer(ByteString.copyFrom(ca.getEncoded())).build();
    }

    @Test
    void anAnswerForOurKeyFromThePinnedCaGivesTheCredential() throws Exception {
        X509Certificate cert = PKI.signClientCsr(CertificateRequests.csr(keys), "dev-7", Duration.ofDays(90),
                Duration.ZERO);
        ClientCredential c = Enroller.credential(answer(cert, PKI.caCertificate(), "dev-7"), keys,
                List.of(PKI.caCertificate()));
        assertThat(c.deviceId()).isEqualTo("dev-7");
        assertThat(c.certificate()).isEqualTo(cert);
    }

    @Test
    void answersThatCannotBeTrustedAreRefused() throws Exception {
        X509Certificate cert = PKI.signClientCsr(CertificateRequests.csr(keys), "dev-7", Duration.ofDays(1),
                Duration.ZERO);
        TestPki other = TestPki.create("127.0.0.1");
        assertThatThrownBy(() -> Enroller.credential(answer(cert, other.caCertificate(), "dev-7"), keys,
                List.of(PKI.caCertificate()))).hasMessageContaining("CA other than");
        X509Certificate foreign = other.signClientCsr(CertificateRequests.csr(keys), "dev-7", Duration.ofDays(1),
                Duration.ZERO);
        assertThatThrownBy(() -> Enroller.credential(answer(foreign, PKI.caCertificate(), "dev-7"), keys,
                List.of(PKI.caCertificate()))).hasMessageContaining("does not check out");
        KeyPair someoneElse = CertificateRequests.newKeyPair();
        X509Certificate notOurs = PKI.signClientCsr(CertificateRequests.csr(someoneElse), "dev-7", Duration.ofDays(1),
                Duration.ZERO);
        assertThatThrownBy(() -> Enroller.credential(answer(notOurs, PKI.caCertificate(), "dev-7"), keys,
                List.of(PKI.caCertificate()))).hasMessageContaining("another key");
        assertThatThrownBy(() -> Enroller.credential(answer(cert, PKI.caCertificate(), "dev-8"), keys,
                List.of(PKI.caCertificate()))).hasMessageContaining("names device 'dev-7'");
    }

    @Test
    void renewalIsDueAfterTwoThirdsOfTheLifetime() {
        X509Certificate cert = PKI.signClientCsr(CertificateRequests.csr(keys), "dev-7", Duration.ofHours(89),
                Duration.ofHours(1));
        ClientCredential c = new ClientCredential(keys.getPrivate(), cert);
        Instant start = c.notBefore();
        Duration lifetime = Duration.between(start, c.notAfter());
        assertThat(c.renewalDueAt(start.plus(lifetime.multipliedBy(2).dividedBy(3)).minusSeconds(1))).isFalse();
        assertThat(c.renewalDueAt(start.plus(lifetime.multipliedBy(2).dividedBy(3)))).isTrue();
        assertThat(c.expiredAt(c.notAfter().minusSeconds(1))).isFalse();
        assertThat(c.expiredAt(c.notAfter())).isTrue();
    }

    @Test
    void theCredentialFileHoldsKeyAndCertificateOwnerOnlyAndRejectsAMismatch() throws Exception {
        StateDirectory state = StateDirectory.open(dir);
        CredentialStore store = new CredentialStore(state);
        assertThat(store.load()).isEmpty();
        X509Certificate cert = PKI.signClientCsr(CertificateRequests.csr(keys), "dev-7", Duration.ofDays(1),
                Duration.ZERO);
        store.save(new ClientCredential(keys.getPrivate(), cert));
        assertThat(store.load()).hasValueSatisfying(c -> {
            assertThat(c.deviceId()).isEqualTo("dev-7");
            assertThat(c.certificate()).isEqualTo(cert);
        });
        assertThat(Files.getPosixFilePermissions(dir.resolve(CredentialStore.FILE))).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

        KeyPair other = CertificateRequests.newKeyPair();
        store.save(new ClientCredential(other.getPrivate(), cert));
        assertThat(store.load()).as("a key that does not match the certificate").isEmpty();
        Files.writeString(dir.resolve(CredentialStore.FILE), "garbage");
        assertThat(store.load()).isEmpty();
    }
}
