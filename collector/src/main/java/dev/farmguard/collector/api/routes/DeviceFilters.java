package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.Parameters;
import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.detect.Family;
import dev.farmguard.collector.detect.Macs;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.DeviceQuery;
import dev.farmguard.collector.store.DeviceSort;
import dev.farmguard.collector.store.IpKeys;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The device-list query parameters (HELPERS/README: every filter, sort, limit, cursor) to a {@link DeviceQuery}. */
final class DeviceFilters {

    static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 100;
    static final DeviceSort DEFAULT_SORT = DeviceSort.RISK_DESC;
    static final Set<String> FILTERS = Set.of("verdict", "risk_min", "risk_max", "rule", "family", "employee",
            "country", "seen_after", "seen_before", "ip", "gateway_mac", "bssid", "hostname", "case_state", "revoked",
            "sort");
    static final Set<String> CASE_STATES = Set.of("none", "acknowledged", "investigating", "resolved",
            "false_positive");
    private static final Pattern RULE = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)+");

    private DeviceFilters() {}

    /** Filters and sort; {@code extra} names the endpoint's other parameters (limit, cursor, format). */
    static DeviceQuery parse(ApiRequest request, Set<String> extra, int limit) {
        Set<String> allowed = new java.util.HashSet<>(FILTERS);
        allowed.addAll(extra);
        Parameters.requireKnown(request, allowed, Set.of("verdict"));
        Integer riskMin = optionalInt(request, "risk_min");
        Integer riskMax = optionalInt(request, "risk_max");
        if (riskMin != null && riskMax != null && riskMin > riskMax) {
            throw ApiException.badParameter("risk_min", "is above risk_max");
        }
        Instant seenAfter = Parameters.instant("seen_after", request.queryParam("seen_after"));
        Instant seenBefore = Parameters.instant("seen_before", request.queryParam("seen_before"));
        if (seenAfter != null && seenBefore != null && !seenAfter.isBefore(seenBefore)) {
            throw ApiException.badParameter("seen_after", "must be before seen_before");
        }
        String caseState = Parameters.text(request, "case_state", 32);
        if (caseState != null && !CASE_STATES.contains(caseState)) {
            throw ApiException.badParameter("case_state", "'" + caseState + "' is not one of "
                    + String.join(", ", CASE_STATES.stream().sorted().toList()));
        }
        return new DeviceQuery(verdicts(request), riskMin, riskMax, rule(request), family(request),
                Parameters.text(request, "employee", 255), Parameters.text(request, "country", 64), seenAfter,
                seenBefore, ipRange(request), mac(request, "gateway_mac"), mac(request, "bssid"),
                Parameters.text(request, "hostname", 255), caseState, Parameters.bool(request, "revoked"),
                sort(request), null, limit);
    }

    static DeviceSort sort(ApiRequest request) {
        String value = request.queryParam("sort");
        if (value == null) {
            return DEFAULT_SORT;
        }
        try {
            return DeviceSort.fromApiName(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("sort", e.getMessage());
        }
    }

    /** Verdicts, repeated ({@code verdict=ok&verdict=review}) or comma-separated. */
    private static Set<Verdict> verdicts(ApiRequest request) {
        List<String> values = request.query().getOrDefault("verdict", List.of());
        Set<Verdict> out = EnumSet.noneOf(Verdict.class);
        for (String v : values.stream().flatMap(v -> Arrays.stream(v.split(","))).toList()) {
            out.add(Arrays.stream(Verdict.values()).filter(x -> x.apiName().equals(v.trim())).findFirst()
                    .orElseThrow(() -> ApiException.badParameter("verdict", "'" + v + "' is not one of ok, review, "
                            + "laptop_farm")));
        }
        return out;
    }

    private static Integer optionalInt(ApiRequest request, String name) {
        return request.queryParam(name) == null ? null : Parameters.integer(request, name, 0, 100, 0);
    }

    private static String rule(ApiRequest request) {
        String rule = Parameters.text(request, "rule", 128);
        if (rule != null && !RULE.matcher(rule).matches()) {
            throw ApiException.badParameter("rule", "'" + rule + "' is not a rule id like ip_kvm.usb_identity");
        }
        return rule;
    }

    private static String family(ApiRequest request) {
        String family = Parameters.text(request, "family", 64);
        if (family == null) {
            return null;
        }
        Set<String> names = Arrays.stream(Family.values()).map(Family::apiName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!names.contains(family)) {
            throw ApiException.badParameter("family", "'" + family + "' is not one of " + String.join(", ", names));
        }
        return family;
    }

    private static String[] ipRange(ApiRequest request) {
        String ip = Parameters.text(request, "ip", 64);
        if (ip == null) {
            return null;
        }
        try {
            Cidr network = Cidr.parse(ip);
            return IpKeys.range(network.network(), network.prefixLength());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("ip", "'" + ip + "' is not an IP address or CIDR network: "
                    + e.getMessage());
        }
    }

    private static String mac(ApiRequest request, String name) {
        String mac = Parameters.text(request, name, 64);
        if (mac == null) {
            return null;
        }
        try {
            return Macs.normalize(mac);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name, e.getMessage());
        }
    }
}
