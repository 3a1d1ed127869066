package dev.farmguard.collector.cli.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The device-list filters of {@code GET /api/v1/devices}, as options; the collector validates them. */
public final class DeviceFilterOptions {

    @Option(names = "--verdict", paramLabel = "V", description = "ok, review or laptop_farm (repeatable).")
    List<String> verdicts = new ArrayList<>();

    @Option(names = "--risk-min", paramLabel = "N", description = "Risk at least N (0-100).")
    Integer riskMin;

    @Option(names = "--risk-max", paramLabel = "N", description = "Risk at most N (0-100).")
    Integer riskMax;

    @Option(names = "--rule", paramLabel = "ID", description = "A current finding of this rule, e.g. ip_kvm.usb_identity.")
    String rule;

    @Option(names = "--family", paramLabel = "F", description = "A current finding of this family (attached, control, "
            + "network, configuration, schedule, presence, shared, agent).")
    String family;

    @Option(names = "--employee", paramLabel = "TEXT", description = "Employee id, or text of the name or email.")
    String employee;

    @Option(names = "--country", paramLabel = "CC", description = "Roster country of the holder.")
    String country;

    @Option(names = "--seen-after", paramLabel = "ISO", description = "Last seen at or after (2027-01-01T00:00:00Z).")
    String seenAfter;

    @Option(names = "--seen-before", paramLabel = "ISO", description = "Last seen before.")
    String seenBefore;

    @Option(names = "--ip", paramLabel = "IP|CIDR", description = "Public address or network of the latest check-in.")
    String ip;

    @Option(names = "--gateway-mac", paramLabel = "MAC", description = "Default-gateway MAC.")
    String gatewayMac;

    @Option(names = "--bssid", paramLabel = "MAC", description = "Wi-Fi BSSID.")
    String bssid;

    @Option(names = "--hostname", paramLabel = "TEXT", description = "Text in the hostname.")
    String hostname;

    @Option(names = "--case-state", paramLabel = "S",
            description = "none, acknowledged, investigating, resolved or false_positive.")
    String caseState;

    @Option(names = "--revoked", paramLabel = "true|false", description = "Revoked devices only, or unrevoked only.")
    Boolean revoked;

    @Option(names = "--sort", paramLabel = "KEY", description = "risk, -risk (default), last_seen, -last_seen, hostname, "
            + "-hostname.")
    String sort;

    /** The query parameters these options stand for (only those given). */
    public Map<String, List<String>> query() {
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (!verdicts.isEmpty()) {
            q.put("verdict", List.copyOf(verdicts));
        }
        put(q, "risk_min", riskMin);
        put(q, "risk_max", riskMax);
        put(q, "rule", rule);
        put(q, "family", family);
        put(q, "employee", employee);
        put(q, "country", country);
        put(q, "seen_after", seenAfter);
        put(q, "seen_before", seenBefore);
        put(q, "ip", ip);
        put(q, "gateway_mac", gatewayMac);
        put(q, "bssid", bssid);
        put(q, "hostname", hostname);
        put(q, "case_state", caseState);
        put(q, "revoked", revoked);
        put(q, "sort", sort);
        return q;
    }

    private static void put(Map<String, List<String>> q, String name, Object value) {
        if (value != null) {
            q.put(name, List.of(String.valueOf(value)));
        }
    }
}
