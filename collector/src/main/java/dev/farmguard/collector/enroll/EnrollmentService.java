package dev.farmguard.collector.enroll;

import dev.farmguard.collector.auth.TokenSecrets;
import dev.farmguard.collector.logging.LogSafe;
import dev.farmguard.collector.store.EnrollmentStore;
import dev.farmguard.collector.tls.CertificateAuthority;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrollment and renewal. A {@code device} token always gets a new random device id, even for hardware
 * seen before: serial numbers and UUIDs are not secret, so honouring them would let anyone holding a
 * token take over another laptop's identity. Earlier ids of the same hardware are logged instead. A
 * {@code replay} token certifies the id the client names. Revoked ids are never certified again.
 */
public final class EnrollmentService implements DeviceEnroller {

    static final String REFUSED_TOKEN = "enrollment token is unknown, expired, revoked or used up";
    private static final Logger LOG = LoggerFactory.getLogger(EnrollmentService.class);

    private final EnrollmentStore store;
    private final CertificateAuthority ca;
    private final RevocationList revocations;
    private final Clock clock;
    private final Duration certificateValidity;

    public EnrollmentService(EnrollmentStore store, CertificateAuthority ca, RevocationList revocations, Clock clock,
                             Duration certificateValidity) {
        this.store = store;
        this.ca = ca;
        this.revocations = revocations;
        this.clock = clock;
        this.certificateValidity = certificateValidity;
    }

    @Override
    public IssuedCertificate enroll(EnrollmentRequest request) {
        checkCsr(request.csrDer(), LogSafe.text(request.hostname()));
        if (!request.token().startsWith(EnrollmentTokens.PREFIX) || request.token().length() > 200) {
            throw new EnrollmentRefusedException(REFUSED_TOKEN, "not an enrollment token (host '"
                    + LogSafe.text(request.hostname()) + "')");
        }
        String hash = TokenSecrets.sha256Hex(request.token());
        // every refusal that does not depend on the use itself comes before taking it, so it costs no use
        EnrollmentToken peeked = store.token(hash).filter(t -> t.usableAt(clock.instant())).orElseThrow(() ->
                unusableToken(request));
        String deviceId = deviceIdFor(peeked, request);
        if (revocations.isRevoked(deviceId)) {
            throw new EnrollmentRefusedException("device '" + deviceId + "' is revoked",
                    "enrollment of revoked device " + deviceId + " with token " + peeked.id());
        }
        EnrollmentToken token = store.consumeToken(hash, clock.instant()).orElseThrow(() -> unusableToken(request));
        List<DeviceEnrollment> sameHardware = token.purpose() == TokenPurpose.DEVICE
                ? store.enrollmentsOfHardware(request.hardwareUuid(), request.hardwareSerial()) : List.of();
        IssuedCertificate issued = issue(request.csrDer(), deviceId);
        store.saveEnrollment(new DeviceEnrollment(deviceId, token.id(), request.hostname(), request.hardwareSerial(),
                request.hardwareUuid(), clock.instant(), issued.notAfter()));
        LOG.info("enrolled device {} (host '{}', {} token {}, use {}), certificate valid until {}", deviceId,
                LogSafe.text(request.hostname()), token.purpose().apiName(), token.id(), token.uses(), issued.notAfter());
        if (!sameHardware.isEmpty()) {
            LOG.warn("device {} reports the same hardware as earlier device(s) {}: a reinstall, or a copied identity",
                    deviceId, sameHardware.stream().map(DeviceEnrollment::deviceId).toList());
        }
        return issued;
    }

    @Override
    public IssuedCertificate renew(String deviceId, byte[] csrDer) {
        checkCsr(csrDer, deviceId);
        if (revocations.isRevoked(deviceId)) {
            throw new EnrollmentRefusedException("device '" + deviceId + "' is revoked", "renewal of revoked device "
                    + deviceId);
        }
        IssuedCertificate issued = issue(csrDer, deviceId);
        DeviceEnrollment before = store.enrollment(deviceId).orElse(
                new DeviceEnrollment(deviceId, "", "", "", "", clock.instant(), issued.notAfter()));
        store.saveEnrollment(new DeviceEnrollment(deviceId, before.tokenId(), before.hostname(),
                before.hardwareSerial(), before.hardwareUuid(), before.enrolledAt(), issued.notAfter()));
        LOG.info("renewed the certificate of device {}, valid until {}", deviceId, issued.notAfter());
        return issued;
    }

    private static EnrollmentRefusedException unusableToken(EnrollmentRequest request) {
        return new EnrollmentRefusedException(REFUSED_TOKEN, "unusable token (host '" + LogSafe.text(request.hostname()) + "')");
    }

    private static String deviceIdFor(EnrollmentToken token, EnrollmentRequest request) {
        if (token.purpose() == TokenPurpose.DEVICE) {
            return UUID.randomUUID().toString();
        }
        if (request.requestedDeviceId().isEmpty()) {
            throw new EnrollmentRefusedException("a replay token needs requested_device_id",
                    "replay enrollment without a device id, token " + token.id());
        }
        return request.requestedDeviceId();
    }

    private static void checkCsr(byte[] csrDer, String who) {
        try {
            CertificateAuthority.verifyCsr(csrDer);
        } catch (IllegalArgumentException e) {
            throw new EnrollmentRefusedException("bad certificate request: " + e.getMessage(),
                    "bad certificate request from '" + who + "'");
        }
    }

    private IssuedCertificate issue(byte[] csrDer, String deviceId) {
        X509Certificate cert = ca.signClientCsr(csrDer, deviceId, certificateValidity);
        try {
            return new IssuedCertificate(deviceId, cert.getEncoded(), ca.certificate().getEncoded(),
                    cert.getNotAfter().toInstant());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }
}
