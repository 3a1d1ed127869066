package dev.farmguard.collector.store;

import dev.farmguard.collector.model.Verdict;
import java.time.Instant;
import java.util.Set;

/**
 * A filtered, sorted page of devices. Every filter is optional (null or empty = any); filters combine with AND.
 *
 * @param verdicts     any of these verdicts
 * @param riskMin      risk at least this
 * @param riskMax      risk at most this
 * @param rule         a current finding of this rule id
 * @param family       a current finding of this family of evidence (its API name)
 * @param employee     roster employee id (exact), or text in the employee's name or email (any case)
 * @param country      roster country (any case)
 * @param seenAfter    last seen at or after
 * @param seenBefore   last seen before
 * @param ipRange      public address key range {low, high} from {@link IpKeys#range}
 * @param gatewayMac   a default-gateway MAC of the latest snapshot (lower-case colon hex)
 * @param bssid        the Wi-Fi BSSID of the latest snapshot (lower-case colon hex)
 * @param hostname     text in the hostname (any case)
 * @param caseState    triage case state, "none" for devices without a case
 * @param revoked      whether the device's certificate is revoked
 * @param after        the last row of the previous page, null for the first page
 * @param limit        rows per page
 */
public record DeviceQuery(Set<Verdict> verdicts, Integer riskMin, Integer riskMax, String rule, String family,
                          String employee, String country, Instant seenAfter, Instant seenBefore, String[] ipRange,
                          String gatewayMac, String bssid, String hostname, String caseState, Boolean revoked,
                          DeviceSort sort, PageKey after, int limit) {

    public DeviceQuery {
        verdicts = verdicts == null ? Set.of() : Set.copyOf(verdicts);
        ipRange = ipRange == null ? null : ipRange.clone();
    }

    /** Every device, sorted by {@code sort}, {@code limit} at a time. */
    public static DeviceQuery all(DeviceSort sort, int limit) {
        return new DeviceQuery(Set.of(), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, sort, null, limit);
    }

    @Override
    public String[] ipRange() {
        return ipRange == null ? null : ipRange.clone();
    }

    /** The same query continuing after {@code key}. */
    public DeviceQuery after(PageKey key) {
        return new DeviceQuery(verdicts, riskMin, riskMax, rule, family, employee, country, seenAfter, seenBefore,
                ipRange, gatewayMac, bssid, hostname, caseState, revoked, sort, key, limit);
    }

    /**
     * Where a page ended: the sort key of its last row (a number or text, as {@link DeviceSort#numeric}) and its
     * device id.
     */
    public record PageKey(String sortValue, String deviceId) {}
}
