package dev.farmguard.collector.triage;

import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.net.IpLiteral;
import java.time.Instant;

/**
 * "Do not count rule R on device D (or on devices whose public IP is in network N) until T, because ...". The row is
 * never deleted: removing it records who removed it and when, so the history of suppressions stays readable.
 *
 * @param deviceId  the device it covers; null when it covers a network
 * @param network   the CIDR it covers, in canonical form; null when it covers a device
 * @param removedAt null while not removed
 */
public record Suppression(String id, String rule, String deviceId, String network, String reason, Instant createdAt,
                          String createdBy, Instant expiresAt, Instant removedAt, String removedBy) {

    public Suppression {
        if ((deviceId == null) == (network == null)) {
            throw new IllegalArgumentException("a suppression covers either a device or a network");
        }
    }

    public boolean activeAt(Instant now) {
        return removedAt == null && now.isBefore(expiresAt);
    }

    /** "active", "expired" or "removed" at {@code now}. */
    public String status(Instant now) {
        if (removedAt != null) {
            return "removed";
        }
        return activeAt(now) ? "active" : "expired";
    }

    /** Whether it covers a finding of {@code findingRule} on this device (whose current public IP may be null). */
    public boolean covers(String findingRule, String onDevice, String publicIp) {
        if (!rule.equals(findingRule)) {
            return false;
        }
        if (deviceId != null) {
            return deviceId.equals(onDevice);
        }
        return publicIp != null && IpLiteral.parse(publicIp).map(Cidr.parse(network)::contains).orElse(false);
    }
}
