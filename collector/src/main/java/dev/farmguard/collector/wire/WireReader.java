package dev.farmguard.collector.wire;

import com.google.protobuf.MessageLite;
import dev.farmguard.collector.config.SnapshotLimits;
import dev.farmguard.collector.enroll.EnrollmentRequest;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.EnrollRequest;
import dev.farmguard.proto.v1.Heartbeat;

/** Translates and validates decoded agent envelopes, snapshots checked against the configured size limits. */
public final class WireReader {

    /** A PKCS#10 request for an EC or RSA key is well under this. */
    static final int MAX_CSR_BYTES = 8192;
    static final int MAX_TOKEN_CHARS = 200;
    static final int MAX_MACHINE_FACT_CHARS = 255;

    private final SnapshotSizeCheck sizes;

    public WireReader(SnapshotLimits limits) {
        this.sizes = new SnapshotSizeCheck(limits);
    }

    /** One decoded agent envelope as a validated {@link Inbound}; {@link InvalidMessageException} otherwise. */
    public Inbound read(MessageLite message) {
        if (!(message instanceof AgentMessage m)) {
            throw new InvalidMessageException(ErrorCode.PROTOCOL, "not an AgentMessage", 0);
        }
        switch (m.getKindCase()) {
            case HELLO -> {
                SnapshotValidator.checkHello(m.getHello());
                return new Inbound.Hello(m.getHello().getDeviceId(), m.getHello().getAgentVersion(),
                        SnapshotFromProto.osFamily(m.getHello().getOsFamily()), m.getHello().getCatalogVersion());
            }
            case SNAPSHOT -> {
                SnapshotValidator.checkSnapshot(m.getSnapshot());
                sizes.check(m.getSnapshot(), m.getSnapshot().getSequence());
                return new Inbound.SnapshotReport(SnapshotFromProto.convert(m.getSnapshot(), null));
            }
            case HEARTBEAT -> {
                Heartbeat h = m.getHeartbeat();
                return new Inbound.Heartbeat(SnapshotFromProto.instant(h.hasSentAt(), h.getSentAt()));
            }
            case ENROLL_REQUEST -> {
                return new Inbound.Enroll(enrollment(m.getEnrollRequest()));
            }
            case RENEW_REQUEST -> {
                checkCsr(m.getRenewRequest().getCsrDer().size());
                return new Inbound.Renew(m.getRenewRequest().getCsrDer().toByteArray());
            }
            default -> throw new InvalidMessageException(ErrorCode.PROTOCOL,
                    "empty or unknown message kind (field numbers " + m.getUnknownFields().asMap().keySet() + ")", 0);
        }
    }

    private static EnrollmentRequest enrollment(EnrollRequest r) {
        if (r.getToken().isEmpty() || r.getToken().length() > MAX_TOKEN_CHARS) {
            throw new InvalidMessageException(ErrorCode.BAD_MESSAGE, "token must be 1-" + MAX_TOKEN_CHARS
                    + " characters", 0);
        }
        checkCsr(r.getCsrDer().size());
        machineFact("hostname", r.getHostname());
        machineFact("hardware_serial", r.getHardwareSerial());
        machineFact("hardware_uuid", r.getHardwareUuid());
        String requested = r.getRequestedDeviceId();
        if (!requested.isEmpty() && !SnapshotValidator.DEVICE_ID.matcher(requested).matches()) {
            throw new InvalidMessageException(ErrorCode.BAD_MESSAGE,
                    "requested_device_id must be 1-128 characters of A-Z a-z 0-9 . _ : @ + -", 0);
        }
        return new EnrollmentRequest(r.getToken(), r.getCsrDer().toByteArray(), r.getHostname(),
                r.getHardwareSerial(), r.getHardwareUuid(), requested);
    }

    private static void checkCsr(int size) {
        if (size == 0 || size > MAX_CSR_BYTES) {
            throw new InvalidMessageException(ErrorCode.BAD_MESSAGE, "csr_der must be 1-" + MAX_CSR_BYTES
                    + " bytes", 0);
        }
    }

    private static void machineFact(String field, String value) {
        if (value.length() > MAX_MACHINE_FACT_CHARS) {
            throw new LimitExceededException(field + " is longer than " + MAX_MACHINE_FACT_CHARS + " characters", 0);
        }
    }
}
