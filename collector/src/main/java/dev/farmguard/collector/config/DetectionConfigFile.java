package dev.farmguard.collector.config;

import dev.farmguard.collector.detect.AsnRule;
import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.Macs;
import dev.farmguard.collector.detect.OfficeNetwork;
import dev.farmguard.collector.detect.SanctionedTool;
import dev.farmguard.collector.detect.ScoringConfig;
import dev.farmguard.collector.detect.Thresholds;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.netkind.NetworkKind;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads the {@code detection} section of the configuration file; every error names its key. */
final class DetectionConfigFile {

    private static final Set<String> KEYS = Set.of("catalog", "history-window", "history-limit", "device-threads",
            "device-queue-size", "device-min-interval", "fleet-interval", "fleet-window", "scoring", "office-networks", "sanctioned-tools",
            "vpn-hosting-asns", "thresholds", "network-kinds", "high-risk-countries");

    private DetectionConfigFile() {}

    static DetectionConfig read(YamlSection top, DetectionConfig base) {
        YamlSection d = top.section("detection", KEYS);
        Optional<Path> catalog = base.catalog();
        if (d.has("catalog")) {
            String path = d.string("catalog");
            catalog = path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path));
        }
        return new DetectionConfig(
                d.has("scoring") ? scoring(d, base.scoring()) : base.scoring(),
                catalog,
                d.has("history-window") ? d.duration("history-window") : base.historyWindow(),
                d.has("history-limit") ? d.wholeNumber("history-limit", 10, 100_000) : base.historyLimit(),
                d.has("device-threads") ? d.wholeNumber("device-threads", 1, 64) : base.deviceThreads(),
                d.has("device-queue-size") ? d.wholeNumber("device-queue-size", 1, 10_000_000) : base.deviceQueueSize(),
                d.has("device-min-interval") ? d.duration("device-min-interval") : base.deviceMinInterval(),
                d.has("fleet-interval") ? d.duration("fleet-interval") : base.fleetInterval(),
                d.has("fleet-window") ? d.duration("fleet-window") : base.fleetWindow(),
                d.has("office-networks") ? offices(d) : base.officeNetworks(),
                d.has("sanctioned-tools") ? sanctioned(d) : base.sanctionedTools(),
                d.has("vpn-hosting-asns") ? asns(d) : base.vpnHostingAsns(),
                d.has("thresholds") ? thresholds(d, base.thresholds()) : base.thresholds(),
                d.has("network-kinds") ? NetworkKindsFile.read(d.section("network-kinds", NetworkKindsFile.KEYS))
                        : base.networkKinds(),
                d.has("high-risk-countries") ? new TreeSet<>(d.list("high-risk-countries",
                        "an ISO 3166-1 alpha-2 country code like CN", DetectionConfigFile::countryCode))
                        : base.highRiskCountries());
    }

    private static String countryCode(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("not a two-letter country code");
        }
        return code;
    }

    private static ScoringConfig scoring(YamlSection d, ScoringConfig base) {
        YamlSection s = d.section("scoring", Set.of("review-threshold", "farm-threshold", "strong-weight",
                "supporting-weight", "corroborating-families", "severity-weights",
                "rule-weights"));
        Map<Severity, Double> severity = new EnumMap<>(base.severityWeights());
        if (s.has("severity-weights")) {
            YamlSection w = s.section("severity-weights", Set.of("info", "low", "medium", "high", "critical"));
            for (String name : w.keys()) {
                severity.put(Severity.valueOf(name.toUpperCase(Locale.ROOT)), w.number(name, 0, 0.99));
            }
        }
        Map<String, Double> rules = new LinkedHashMap<>(base.ruleWeights());
        if (s.has("rule-weights")) {
            YamlSection w = s.openSection("rule-weights");
            for (String rule : w.keys()) {
                rules.put(rule, w.number(rule, 0, 0.99));
            }
        }
        try {
            return new ScoringConfig(
                    s.has("review-threshold") ? s.wholeNumber("review-threshold", 1, 100) : base.reviewThreshold(),
                    s.has("farm-threshold") ? s.wholeNumber("farm-threshold", 1, 100) : base.farmThreshold(),
                    s.has("strong-weight") ? s.number("strong-weight", 0.01, 0.99) : base.strongWeight(),
                    s.has("supporting-weight") ? s.number("supporting-weight", 0.01, 0.99) : base.supportingWeight(),
                    s.has("corroborating-families") ? s.wholeNumber("corroborating-families", 2, 8)
                            : base.corroboratingFamilies(),
                    severity, rules);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("detection.scoring", e.getMessage(), "see collector.example.yaml for valid values");
        }
    }

    private static List<OfficeNetwork> offices(YamlSection d) {
        return d.sections("office-networks", Set.of("name", "public-cidrs", "gateway-macs", "bssids")).stream()
                .map(o -> new OfficeNetwork(o.has("name") ? o.string("name") : "",
                        o.has("public-cidrs") ? o.list("public-cidrs", "an IP network like 198.51.100.0/28", Cidr::parse)
                                : List.of(),
                        o.has("gateway-macs") ? o.list("gateway-macs", "a MAC like aa:bb:cc:dd:ee:ff", Macs::normalize)
                                : List.of(),
                        o.has("bssids") ? o.list("bssids", "a MAC like aa:bb:cc:dd:ee:ff", Macs::normalize) : List.of()))
                .toList();
    }

    private static List<SanctionedTool> sanctioned(YamlSection d) {
        return d.sections("sanctioned-tools", Set.of("tool", "description", "peer-ids", "source-networks")).stream()
                .map(t -> {
                    if (!t.has("tool") || t.string("tool").isEmpty()) {
                        throw new ConfigException(t.key("tool"), "missing",
                                "name the catalog id of the tool, e.g. tool: teamviewer");
                    }
                    return new SanctionedTool(t.string("tool").toLowerCase(Locale.ROOT),
                            t.has("peer-ids") ? t.list("peer-ids", "a remote id", String::trim) : List.of(),
                            t.has("source-networks")
                                    ? t.list("source-networks", "an IP network like 203.0.113.0/24", Cidr::parse)
                                    : List.of());
                }).toList();
    }

    private static List<AsnRule> asns(YamlSection d) {
        return d.sections("vpn-hosting-asns", Set.of("asn", "organization", "kind")).stream()
                .map(a -> {
                    long asn = a.has("asn") ? a.parsed("asn", "an AS number", Long::parseLong) : -1;
                    NetworkKind kind = a.has("kind") ? a.parsed("kind", "vpn, hosting or mobile", k -> NetworkKind
                            .parse(k).orElseThrow(() -> new IllegalArgumentException("not a network kind")))
                            : NetworkKind.HOSTING;
                    try {
                        return new AsnRule(asn, a.has("organization") ? a.string("organization") : "", kind);
                    } catch (IllegalArgumentException e) {
                        throw new ConfigException(a.key("asn"), e.getMessage(),
                                "give asn: 64500 or organization: \"*Hosting*\"");
                    }
                }).toList();
    }

    private static Thresholds thresholds(YamlSection d, Thresholds b) {
        YamlSection t = d.section("thresholds", Set.of("far-from-roster-km", "far-share", "far-min-span", "impossible-travel-kmh",
                "impossible-travel-min-km", "housemate-limit", "colocation-high", "colocation-critical",
                "long-session", "always-on", "silence", "night-start-hour", "night-end-hour", "night-share",
                "min-active-samples"));
        try {
            return new Thresholds(
                    t.has("far-from-roster-km") ? t.number("far-from-roster-km", 1, 20_000) : b.farFromRosterKm(),
                    t.has("far-share") ? t.number("far-share", 0.01, 1) : b.farShare(),
                    t.has("far-min-span") ? t.duration("far-min-span") : b.farMinSpan(),
                    t.has("impossible-travel-kmh") ? t.number("impossible-travel-kmh", 1, 100_000)
                            : b.impossibleTravelKmh(),
                    t.has("impossible-travel-min-km") ? t.number("impossible-travel-min-km", 0, 20_000)
                            : b.impossibleTravelMinKm(),
                    t.has("housemate-limit") ? t.wholeNumber("housemate-limit", 1, 1000) : b.housemateLimit(),
                    t.has("colocation-high") ? t.wholeNumber("colocation-high", 2, 10_000) : b.colocationHigh(),
                    t.has("colocation-critical") ? t.wholeNumber("colocation-critical", 2, 10_000)
                            : b.colocationCritical(),
                    t.has("long-session") ? t.duration("long-session") : b.longSession(),
                    t.has("always-on") ? t.duration("always-on") : b.alwaysOn(),
                    t.has("silence") ? t.duration("silence") : b.silence(),
                    t.has("night-start-hour") ? t.wholeNumber("night-start-hour", 0, 23) : b.nightStartHour(),
                    t.has("night-end-hour") ? t.wholeNumber("night-end-hour", 1, 24) : b.nightEndHour(),
                    t.has("night-share") ? t.number("night-share", 0.01, 1) : b.nightShare(),
                    t.has("min-active-samples") ? t.wholeNumber("min-active-samples", 1, 100_000)
                            : b.minActiveSamples());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("detection.thresholds." + e.getMessage().split(" ")[0], e.getMessage(),
                    "see collector.example.yaml for valid values");
        }
    }
}
