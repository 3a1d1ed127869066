package dev.farmguard.collector.enroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.testing.AgentTestClient;
import dev.farmguard.collector.testing.ProtoMessages;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.TestDevices;
import dev.farmguard.collector.testing.TestDevices.DeviceCert;
import dev.farmguard.collector.testing.Tls;
import dev.farmguard.collector.tls.CertificateAuthority;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.EnrollResponse;
import dev.farmguard.proto.v1.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrollment, mutual TLS, renewal and revocation against a real collector over loopback TLS. */
class EnrollmentIT {

    @TempDir
    Path dir;

    private Collector collector;
    private InetSocketAddress address;
    private Path ca;

    @BeforeEach
    void start() throws Exception {
        collector = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5));
        address = RunningCollector.agentAddress(collector);
        ca = dir.resolve("ca.pem");
    }

    @AfterEach
    void stop() {
        collector.close();
    }

    private String token(TokenPurpose purpose, Integer uses) {
        return collector.enrollmentTokens().create(purpose, "test", null, uses).secret();
    }

    /** Enrolls over a connection without a client certificate; returns the answer or the refusal. */
    private CollectorMessage enroll(String token, KeyPair keys, String requestedId) throws Exception {
        try (AgentTestClient plain = AgentTestClient.connect(address, ca)) {
            plain.send(ProtoMessages.enroll(token, TestDevices.csr(keys), "laptop-1", requestedId));
            return plain.read();
        }
    }

    private static X509Certificate certificate(EnrollResponse r) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(r.getCertificateDer().toByteArray()));
    }

    private DeviceCert enrolled(String token, String requestedId) throws Exception {
        KeyPair keys = TestDevices.newKeys();
        CollectorMessage answer = enroll(token, keys, requestedId);
        assertThat(answer.hasEnrollResponse()).as(answer.toString()).isTrue();
        return new DeviceCert(keys.getPrivate(), certificate(answer.getEnrollResponse()));
    }

    private AgentTestClient session(DeviceCert device, String helloId) throws Exception {
        AgentTestClient c = AgentTestClient.connect(address, ca, device);
        c.send(ProtoMessages.hello(helloId, "9999"));
        return c;
    }

    @Test
    void aTokenBuysACertificateForTheAgentsOwnKeyAndTheSessionThenWorks() throws Exception {
        KeyPair keys = TestDevices.newKeys();
        EnrollResponse r = enroll(token(TokenPurpose.DEVICE, 2), keys, "ignored-for-device-tokens").getEnrollResponse();
        X509Certificate cert = certificate(r);
        assertThat(r.getDeviceId()).matches("[0-9a-f-]{36}").isNotEqualTo("ignored-for-device-tokens");
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=" + r.getDeviceId());
        assertThat(cert.getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(r.getCaCertificateDer().toByteArray())
                .isEqualTo(collector.certificateAuthority().certificate().getEncoded());
        assertThat(r.getNotAfter().getSeconds()).isEqualTo(cert.getNotAfter().toInstant().getEpochSecond());
        assertThat(collector.store().enrollments().enrollment(r.getDeviceId())).hasValueSatisfying(e -> {
            assertThat(e.hostname()).isEqualTo("laptop-1");
            assertThat(e.hardwareSerial()).isEqualTo("SN-laptop-1");
        });

        try (AgentTestClient c = session(new DeviceCert(keys.getPrivate(), cert), r.getDeviceId())) {
            assertThat(c.read().getWelcome().getDeviceId()).isEqualTo(r.getDeviceId());
            c.send(ProtoMessages.snapshot(r.getDeviceId(), 1));
            assertThat(c.read().getAck().getSequence()).isEqualTo(1);
        }
        assertThat(collector.metrics().certificatesIssued(false)).isEqualTo(1);
    }

    @Test
    void aConnectionWithoutACertificateMayOnlyEnroll() throws Exception {
        for (var message : List.of(ProtoMessages.hello("dev-1", "9999"), ProtoMessages.snapshot("dev-1", 1),
                ProtoMessages.heartbeat(1), ProtoMessages.renew(TestDevices.csr(TestDevices.newKeys())))) {
            try (AgentTestClient plain = AgentTestClient.connect(address, ca)) {
                plain.send(message);
                CollectorMessage answer = plain.read();
                assertThat(answer.getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_UNAUTHENTICATED);
                assertThat(answer.getError().getFatal()).isTrue();
                plain.awaitClosedByServer();
            }
        }
        assertThat(collector.metrics().rejections(Rejection.UNAUTHENTICATED)).isEqualTo(4);
        assertThat(collector.store().devices()).isEmpty();
    }

    @Test
    void aHelloOrSnapshotNamingAnotherDeviceIsRefused() throws Exception {
        DeviceCert a = TestDevices.certify(collector, "dev-a");
        try (AgentTestClient c = session(a, "dev-b")) {
            CollectorMessage answer = c.read();
            assertThat(answer.getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_UNAUTHENTICATED);
            assertThat(answer.getError().getMessage()).contains("dev-b").contains("dev-a");
            c.awaitClosedByServer();
        }
        try (AgentTestClient c = session(a, "dev-a")) {
            assertThat(c.read().hasWelcome()).isTrue();
            c.send(ProtoMessages.snapshot("dev-b", 1));
            assertThat(c.read().getError().getSequence()).isEqualTo(1);
            c.awaitClosedByServer();
        }
        assertThat(collector.metrics().rejections(Rejection.DEVICE_MISMATCH)).isEqualTo(2);
        assertThat(collector.store().device("dev-b")).isEmpty();
    }

    @Test
    void tokensRunOutCanBeRevokedAndNeverSayWhy() throws Exception {
        String once = token(TokenPurpose.DEVICE, 1);
        enrolled(once, "");
        CollectorMessage usedUp = enroll(once, TestDevices.newKeys(), "");
        EnrollmentTokens.Created revoked = collector.enrollmentTokens().create(TokenPurpose.DEVICE, "", null, null);
        collector.enrollmentTokens().revoke(revoked.token().id());
        CollectorMessage afterRevoke = enroll(revoked.secret(), TestDevices.newKeys(), "");
        CollectorMessage unknown = enroll("fge_never-issued", TestDevices.newKeys(), "");
        for (CollectorMessage refused : List.of(usedUp, afterRevoke, unknown)) {
            assertThat(refused.getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_UNAUTHENTICATED);
            assertThat(refused.getError().getMessage()).isEqualTo(EnrollmentService.REFUSED_TOKEN);
        }
        assertThat(collector.metrics().rejections(Rejection.ENROLLMENT_REFUSED)).isEqualTo(3);
        assertThat(collector.store().enrollments().enrollments()).hasSize(1);
    }

    @Test
    void aBadCertificateRequestIsRefusedWithoutUsingTheToken() throws Exception {
        String once = token(TokenPurpose.DEVICE, 1);
        byte[] tampered = TestDevices.csr(TestDevices.newKeys());
        tampered[tampered.length - 3] ^= 0x55;
        try (AgentTestClient plain = AgentTestClient.connect(address, ca)) {
            plain.send(ProtoMessages.enroll(once, tampered, "laptop-1", ""));
            assertThat(plain.read().getError().getMessage()).contains("bad certificate request");
        }
        enrolled(once, "");
    }

    @Test
    void refusedReplayEnrollmentsAndWeakKeysUseNoTokenUse() throws Exception {
        String replayOnce = token(TokenPurpose.REPLAY, 1);
        collector.revocations().revoke("gone-1");
        assertThat(enroll(replayOnce, TestDevices.newKeys(), "").getError().getMessage())
                .contains("requested_device_id");
        assertThat(enroll(replayOnce, TestDevices.newKeys(), "gone-1").getError().getMessage()).contains("revoked");
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        KeyPair weak = rsa.generateKeyPair();
        byte[] weakCsr = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
                new org.bouncycastle.asn1.x500.X500Name("CN=agent"), weak.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA")
                        .build(weak.getPrivate())).getEncoded();
        try (AgentTestClient plain = AgentTestClient.connect(address, ca)) {
            plain.send(ProtoMessages.enroll(replayOnce, weakCsr, "laptop-1", "weak-1"));
            assertThat(plain.read().getError().getMessage()).contains("RSA key of 1024 bits");
        }
        assertThat(enrolled(replayOnce, "kept-1").certificate().getSubjectX500Principal().getName())
                .as("the single use was still there").isEqualTo("CN=kept-1");
    }

    @Test
    void aReplayTokenCertifiesTheDeviceIdTheClientNames() throws Exception {
        String replay = token(TokenPurpose.REPLAY, null);
        DeviceCert fleet7 = enrolled(replay, "fleet-7");
        assertThat(fleet7.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=fleet-7");
        assertThat(enroll(replay, TestDevices.newKeys(), "").getError().getMessage())
                .contains("requested_device_id");
        try (AgentTestClient c = session(fleet7, "fleet-7")) {
            assertThat(c.read().getWelcome().getDeviceId()).isEqualTo("fleet-7");
        }
    }

    @Test
    void aDeviceRenewsItsCertificateOverItsOwnSession() throws Exception {
        DeviceCert device = enrolled(token(TokenPurpose.DEVICE, 1), "");
        String id = device.certificate().getSubjectX500Principal().getName().substring(3);
        KeyPair fresh = TestDevices.newKeys();
        EnrollResponse renewed;
        try (AgentTestClient c = AgentTestClient.connect(address, ca, device)) {
            c.send(ProtoMessages.renew(TestDevices.csr(fresh)));
            renewed = c.read().getEnrollResponse();
        }
        assertThat(renewed.getDeviceId()).isEqualTo(id);
        assertThat(certificate(renewed).getPublicKey()).isEqualTo(fresh.getPublic());
        assertThat(collector.metrics().certificatesIssued(true)).isEqualTo(1);
        try (AgentTestClient c = session(new DeviceCert(fresh.getPrivate(), certificate(renewed)), id)) {
            assertThat(c.read().getWelcome().getDeviceId()).isEqualTo(id);
        }
    }

    @Test
    void aRevokedDeviceLosesItsSessionIsRefusedAtTheHandshakeAndCannotReEnroll() throws Exception {
        String replay = token(TokenPurpose.REPLAY, null);
        DeviceCert device = enrolled(replay, "lap-9");
        try (AgentTestClient open = session(device, "lap-9")) {
            assertThat(open.read().hasWelcome()).isTrue();
            HttpResponse<String> revoked = api("POST", "/api/v1/devices/lap-9/revoke", null);
            assertThat(revoked.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(revoked.body()).get("alreadyRevoked").asBoolean()).isFalse();
            open.awaitClosedByServer();
        }
        assertThat(refusedAtHandshake(device)).isTrue();
        assertThat(collector.metrics().rejections(Rejection.REVOKED_CERTIFICATE)).isEqualTo(1);
        assertThat(enroll(replay, TestDevices.newKeys(), "lap-9").getError().getMessage()).contains("revoked");
        assertThat(api("POST", "/api/v1/devices/nobody/revoke", null).statusCode()).isEqualTo(404);
    }

    @Test
    void certificatesOfAnotherCaOrExpiredOnesAreRefused() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        CertificateAuthority foreign = CertificateAuthority.loadOrCreate(other.resolve("ca.pem"),
                other.resolve("ca-key.pem"), Clock.systemUTC());
        KeyPair keys = TestDevices.newKeys();
        DeviceCert stranger = new DeviceCert(keys.getPrivate(),
                foreign.signClientCsr(TestDevices.csr(keys), "dev-1", Duration.ofDays(1)));
        assertThat(refusedAtHandshake(stranger)).isTrue();

        CertificateAuthority ourCaLastYear = CertificateAuthority.loadOrCreate(ca, dir.resolve("ca-key.pem"),
                Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC));
        DeviceCert expired = new DeviceCert(keys.getPrivate(),
                ourCaLastYear.signClientCsr(TestDevices.csr(keys), "dev-1", Duration.ofDays(90)));
        assertThat(refusedAtHandshake(expired)).isTrue();
        assertThat(collector.metrics().rejections(Rejection.BAD_CLIENT_CERTIFICATE)).isEqualTo(2);
    }

    @Test
    void theTokenApiShowsASecretOnceAndOnlyToAdmins() throws Exception {
        HttpResponse<String> created = api("POST", "/api/v1/enrollment-tokens",
                "{\"purpose\": \"device\", \"maxUses\": 25, \"note\": \"wave 1\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode token = new ObjectMapper().readTree(created.body());
        assertThat(token.get("token").asText()).startsWith("fge_");
        assertThat(token.get("maxUses").asInt()).isEqualTo(25);
        assertThat(token.get("expiresAt").asText()).as("30 days by default")
                .startsWith(Instant.now().plus(Duration.ofDays(30)).toString().substring(0, 10));
        HttpResponse<String> list = api("GET", "/api/v1/enrollment-tokens", null);
        assertThat(list.body()).contains(token.get("id").asText()).contains("wave 1")
                .doesNotContain(token.get("token").asText()).doesNotContain("token\"");
        assertThat(api("DELETE", "/api/v1/enrollment-tokens/" + token.get("id").asText(), null).statusCode())
                .isEqualTo(204);
        assertThat(api("DELETE", "/api/v1/enrollment-tokens/enr_nope", null).statusCode()).isEqualTo(404);
        for (String bad : List.of("{\"purpose\": \"laptop\"}", "{\"maxUses\": 0}", "{\"expiresAt\": \"yesterday\"}",
                "{\"expiresAt\": \"2001-01-01T00:00:00Z\"}")) {
            assertThat(api("POST", "/api/v1/enrollment-tokens", bad).statusCode()).as(bad).isEqualTo(400);
        }
        HttpResponse<String> analystToken = api("POST", "/api/v1/tokens", "{\"role\": \"analyst\", \"name\": \"soc\"}");
        String analyst = new ObjectMapper().readTree(analystToken.body()).get("token").asText();
        assertThat(send("POST", "/api/v1/enrollment-tokens", "{}", analyst).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/devices/x/revoke", null, analyst).statusCode()).isEqualTo(403);
    }

    /** Whether a session with {@code device}'s certificate fails (at the handshake, or at the first read in TLS 1.3). */
    private boolean refusedAtHandshake(DeviceCert device) throws Exception {
        try (AgentTestClient c = AgentTestClient.connect(address, ca, device)) {
            c.send(ProtoMessages.hello("dev-1", "9999"));
            c.read();
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private HttpResponse<String> api(String method, String path, String body) throws Exception {
        return send(method, path, body, Files.readString(dir.resolve("admin.token")).trim());
    }

    private HttpResponse<String> send(String method, String path, String body, String bearer) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(Tls.trusting(ca)).build();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + collector.apiAddress().port()
                        + path)).header("Authorization", "Bearer " + bearer)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
