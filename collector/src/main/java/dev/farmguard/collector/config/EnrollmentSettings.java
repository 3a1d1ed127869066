package dev.farmguard.collector.config;

import java.time.Duration;

/**
 * Device enrollment.
 *
 * @param certificateValidity lifetime of a device certificate; agents renew after two thirds of it
 * @param tokenValidity       expiry of an enrollment token created without one
 * @param revocationRefresh   how often the revocation list is re-read from the store (other collectors and
 *                            the CLI revoke too); revocations through this collector's API apply at once
 */
public record EnrollmentSettings(Duration certificateValidity, Duration tokenValidity, Duration revocationRefresh) {

    public static final EnrollmentSettings DEFAULTS = new EnrollmentSettings(Duration.ofDays(90), Duration.ofDays(30),
            Duration.ofSeconds(30));
}
