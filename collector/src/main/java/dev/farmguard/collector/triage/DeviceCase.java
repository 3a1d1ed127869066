package dev.farmguard.collector.triage;

import java.time.Instant;

/**
 * A device's case as set by one change; the current case is the latest change, and every change is kept.
 *
 * @param assignee  who works on it; null when nobody
 * @param reason    why (required for false_positive); null when none given
 * @param updatedBy the token name and id of whoever made the change
 */
public record DeviceCase(String deviceId, CaseState state, String assignee, String reason, String note,
                         Instant updatedAt, String updatedBy) {}
