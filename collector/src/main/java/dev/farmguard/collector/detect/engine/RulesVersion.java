package dev.farmguard.collector.detect.engine;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.CatalogJsonWriter;
import dev.farmguard.collector.detect.AsnRule;
import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.OfficeNetwork;
import dev.farmguard.collector.detect.SanctionedTool;
import dev.farmguard.collector.detect.ScoringConfig;
import dev.farmguard.collector.model.RosterEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * A short, stable name for everything device findings depend on besides the snapshots: the catalog's content
 * (bundled or override), the detection configuration, the GeoIP databases and the roster. Stored with each
 * device's findings; when it changes (a new catalog at startup, a roster import), the device is evaluated again.
 * Built from canonical text (sorted maps), never from hash-ordered collections, so a restart keeps it.
 */
final class RulesVersion {

    /** Bumped whenever the rules' code changes what they find, so stored findings are evaluated again. */
    static final String RULES_REVISION = "2026-12-07.3";

    private RulesVersion() {}

    /** The part that is fixed while the collector runs: catalog, configuration, GeoIP databases. */
    static String setup(Catalog catalog, DetectionConfig config, List<String> geoDatabases) {
        StringBuilder s = new StringBuilder();
        s.append("rules ").append(RULES_REVISION).append('\n');
        s.append("catalog ").append(sha256(CatalogJsonWriter.toJson(catalog))).append('\n');
        ScoringConfig sc = config.scoring();
        s.append("scoring ").append(sc.reviewThreshold()).append(' ').append(sc.farmThreshold()).append(' ')
                .append(sc.strongWeight()).append(' ').append(sc.supportingWeight()).append(' ')
                .append(sc.corroboratingFamilies()).append(' ')
                .append(new TreeMap<>(sc.severityWeights())).append(' ').append(new TreeMap<>(sc.ruleWeights()))
                .append('\n');
        s.append("window ").append(config.historyWindow()).append(' ').append(config.historyLimit()).append('\n');
        for (OfficeNetwork o : config.officeNetworks()) {
            s.append("office ").append(o).append('\n');
        }
        for (SanctionedTool t : config.sanctionedTools()) {
            s.append("sanctioned ").append(t).append('\n');
        }
        for (AsnRule a : config.vpnHostingAsns()) {
            s.append("asn ").append(a).append('\n');
        }
        s.append("network-kinds ").append(config.networkKinds().describe()).append('\n');
        s.append("thresholds ").append(config.thresholds()).append('\n');
        s.append("high-risk ").append(config.highRiskCountries()).append('\n');
        geoDatabases.forEach(g -> s.append("geoip ").append(g).append('\n'));
        return catalog.version() + "/" + sha256(s.toString()).substring(0, 16);
    }

    /** The whole version: setup plus the roster's content. */
    static String of(String setup, List<RosterEntry> roster) {
        StringBuilder s = new StringBuilder();
        roster.forEach(r -> s.append(r).append('\n'));
        return setup + "/" + sha256(s.toString()).substring(0, 12);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
