package dev.farmguard.collector.store;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * One device as lists show it: its current state, assessment, roster holder, case and revocation.
 *
 * @param employee  the roster entry's holder, null when the device is not on the roster
 * @param caseState triage case state, "none" without a case
 */
public record DeviceRow(String deviceId, String hostname, Instant lastSeen, String publicIp, int risk, Verdict verdict,
                        List<Finding> findings, String explanation, Employee employee, String caseState,
                        boolean revoked) {

    public DeviceRow {
        findings = List.copyOf(findings);
    }

    /** Who holds the device and where they should be, as the roster says. */
    public record Employee(String id, String name, String email, String country) {}

    /** Where a page that ends with this row ended, for {@code sort}. */
    public DeviceQuery.PageKey pageKey(DeviceSort sort) {
        String value = switch (sort) {
            case RISK, RISK_DESC -> Integer.toString(risk);
            case LAST_SEEN, LAST_SEEN_DESC -> Long.toString(lastSeen.toEpochMilli());
            case HOSTNAME, HOSTNAME_DESC -> DeviceSearchIndex.searchable(hostname);
        };
        return new DeviceQuery.PageKey(value, deviceId);
    }
}
