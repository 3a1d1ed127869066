package dev.farmguard.collector.wire;

import dev.farmguard.collector.enroll.IssuedCertificate;
import java.time.Instant;

/** What the collector sends, translated to {@code CollectorMessage}. */
public sealed interface Outbound {

    record Welcome(String deviceId, long lastStoredSequence, String collectorVersion, int maxFrameBytes)
            implements Outbound {}

    /** The snapshot {@code sequence} is durably stored ({@code duplicate}: it had been before). */
    record Ack(String deviceId, long sequence, boolean duplicate) implements Outbound {}

    /** A refusal; the connection is closed after a fatal one. */
    record Refusal(ErrorCode code, String message, long sequence, boolean fatal) implements Outbound {}

    record HeartbeatEcho(Instant sentAt) implements Outbound {}

    /** A device certificate, answering an enrollment or a renewal. */
    record CertificateIssued(IssuedCertificate certificate) implements Outbound {}

    /** The collector's signature catalog, for an agent whose copy is older. */
    record CatalogOffer(SignatureCatalog catalog) implements Outbound {}
}
