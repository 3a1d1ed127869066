package dev.farmguard.collector.store;

import dev.farmguard.collector.detect.Family;
import dev.farmguard.collector.detect.Macs;
import dev.farmguard.collector.detect.fleet.ClusterEvidence;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Network;
import dev.farmguard.collector.model.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code device_search}, {@code device_terms} and {@code device_clusters} (V5) in step with the devices and
 * assessments tables, inside the transactions that change those, so a list query never reads a stale row.
 */
final class DeviceSearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceSearchIndex.class);
    private static final String RULE = "rule";
    private static final String FAMILY = "family";
    static final String GATEWAY_MAC = "gateway_mac";
    static final String BSSID = "bssid";

    private final JsonCodec json;

    DeviceSearchIndex(JsonCodec json) {
        this.json = json;
    }

    /** Hostnames as lists match and sort them. */
    static String searchable(String hostname) {
        return hostname == null ? "" : hostname.toLowerCase(Locale.ROOT);
    }

    /** {@code s} became the device's latest snapshot. */
    void snapshotSaved(Connection c, DeviceSnapshot s) throws SQLException {
        String hostname = searchable(s.identity() == null ? "" : s.identity().hostname());
        long seen = s.collectedAt().toEpochMilli();
        String ip = IpKeys.key(s.observedIp());
        int updated = Jdbc.update(c, "UPDATE device_search SET hostname = ?, last_seen = ?, ip_key = ? "
                + "WHERE device_id = ?", hostname, seen, Jdbc.nullable(ip, Types.VARCHAR), s.deviceId());
        if (updated == 0) {
            // a new device: an assessment saved before its first snapshot (tests, imports) still counts
            Jdbc.update(c, "INSERT INTO device_search (device_id, hostname, last_seen, ip_key, risk, verdict) "
                            + "SELECT ?, ?, ?, ?, COALESCE(MAX(risk), 0), COALESCE(MAX(verdict), 'OK') "
                            + "FROM assessments WHERE device_id = ?",
                    s.deviceId(), hostname, seen, Jdbc.nullable(ip, Types.VARCHAR), s.deviceId());
        }
        Jdbc.update(c, "DELETE FROM device_terms WHERE device_id = ? AND kind IN (?, ?)", s.deviceId(), GATEWAY_MAC,
                BSSID);
        for (String mac : gatewayMacs(s.network())) {
            insertTerm(c, s.deviceId(), GATEWAY_MAC, mac);
        }
        String bssid = s.network() == null || s.network().wifi() == null ? null
                : Macs.usableOrNull(s.network().wifi().bssid());
        if (bssid != null) {
            insertTerm(c, s.deviceId(), BSSID, bssid);
        }
    }

    private static Set<String> gatewayMacs(Network network) {
        Set<String> out = new LinkedHashSet<>();
        if (network != null) {
            for (Network.Gateway g : network.gateways()) {
                String mac = Macs.usableOrNull(g.mac());
                if (mac != null) {
                    out.add(mac);
                }
            }
        }
        return out;
    }

    /** {@code a} replaces the device's assessment whose findings were {@code previousFindings} (null: none). */
    void assessmentSaved(Connection c, Assessment a, String previousFindings, String newFindings)
            throws SQLException {
        Jdbc.update(c, "UPDATE device_search SET risk = ?, verdict = ? WHERE device_id = ?", a.risk(),
                a.verdict().name(), a.deviceId());
        if (newFindings.equals(previousFindings)) {
            return; // re-scoring without new findings: nothing else moves
        }
        Jdbc.update(c, "DELETE FROM device_terms WHERE device_id = ? AND kind IN (?, ?)", a.deviceId(), RULE, FAMILY);
        Set<String> rules = new LinkedHashSet<>();
        Set<String> families = new LinkedHashSet<>();
        Map<String, ClusterEvidence.Membership> clusters = new LinkedHashMap<>();
        for (Finding f : a.findings()) {
            rules.add(f.rule());
            families.add(familyOf(f.rule()));
            for (ClusterEvidence.Membership m : ClusterEvidence.of(f)) {
                clusters.putIfAbsent(m.clusterKey(), m);
            }
        }
        rules.remove(null);
        families.remove(null);
        for (String rule : rules) {
            insertTerm(c, a.deviceId(), RULE, rule);
        }
        for (String family : families) {
            insertTerm(c, a.deviceId(), FAMILY, family);
        }
        Jdbc.update(c, "DELETE FROM device_clusters WHERE device_id = ?", a.deviceId());
        for (ClusterEvidence.Membership m : clusters.values()) {
            Jdbc.update(c, "INSERT INTO device_clusters (cluster_key, device_id, kind, shared, rule, from_at, to_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", clip(m.clusterKey(), 600), a.deviceId(), m.kind(),
                    clip(m.shared(), 512), m.rule(),
                    Jdbc.nullable(m.from() == null ? null : m.from().toEpochMilli(), Types.BIGINT),
                    Jdbc.nullable(m.to() == null ? null : m.to().toEpochMilli(), Types.BIGINT));
        }
    }

    /** The family's API name; null for a rule id of no known family (logged, not fatal to the save). */
    private static String familyOf(String rule) {
        try {
            return Family.ofRule(rule).apiName();
        } catch (IllegalArgumentException e) {
            LOG.warn("finding of unknown rule family not indexed: {}", e.getMessage());
            return null;
        }
    }

    private static void insertTerm(Connection c, String deviceId, String kind, String term) throws SQLException {
        Jdbc.update(c, "INSERT INTO device_terms (device_id, kind, term) VALUES (?, ?, ?) "
                + "ON CONFLICT (device_id, kind, term) DO NOTHING", deviceId, kind, clip(term, 255));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * Indexes devices stored before V5 (or by a collector of an older version on a shared database): each device
     * without a search row gets one from its latest snapshot and assessment. Returns how many.
     */
    int backfill(Jdbc jdbc) {
        List<String> missing = jdbc.query("finding devices to index", "SELECT d.device_id FROM devices d "
                + "WHERE NOT EXISTS (SELECT 1 FROM device_search s WHERE s.device_id = d.device_id)", r -> r.getString(1));
        for (String id : missing) {
            jdbc.inTransaction("indexing device " + id, c -> {
                List<DeviceSnapshot> latest = Jdbc.query(c, "SELECT s.body FROM devices d JOIN snapshots s ON "
                                + "s.device_id = d.device_id AND s.sequence = d.latest_sequence WHERE d.device_id = ?",
                        r -> json.snapshot(r.getString(1)), id);
                if (latest.isEmpty()) {
                    return null;
                }
                snapshotSaved(c, latest.get(0));
                List<Assessment> stored = Jdbc.query(c, "SELECT * FROM assessments WHERE device_id = ?",
                        r -> new Assessment(id, r.getInt("risk"), Verdict.valueOf(r.getString("verdict")),
                                json.findings(r.getString("findings")), Instant.ofEpochMilli(r.getLong("as_of")),
                                r.getString("explanation")), id);
                if (!stored.isEmpty()) {
                    assessmentSaved(c, stored.get(0), null, json.findings(stored.get(0).findings()));
                }
                return null;
            });
        }
        if (!missing.isEmpty()) {
            LOG.info("indexed {} devices stored before the query index existed", missing.size());
        }
        return missing.size();
    }
}
