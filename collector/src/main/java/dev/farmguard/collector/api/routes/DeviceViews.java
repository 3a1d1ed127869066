package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.detect.Family;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.store.DeviceRow;
import dev.farmguard.collector.store.DeviceSummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The JSON shape of a device in the API (DESIGN.md contract 4). */
final class DeviceViews {

    private DeviceViews() {}

    /** deviceId, hostname, lastSeen, publicIp, risk, verdict, findings; no assessment yet = risk 0, ok, []. */
    static Map<String, Object> summary(DeviceSummary d, Assessment a) {
        Assessment assessment = a != null ? a : Assessment.clean(d.deviceId(), d.lastSeen());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deviceId", d.deviceId());
        m.put("hostname", d.hostname());
        m.put("lastSeen", d.lastSeen());
        m.put("publicIp", d.publicIp());
        m.put("risk", assessment.risk());
        m.put("verdict", assessment.verdict().apiName());
        m.put("explanation", assessment.explanation());
        m.put("findings", findings(assessment.findings()));
        return m;
    }

    /**
     * A list row: the contract fields, plus its holder ({@code employee}: id, name, email, country; null when not on
     * the roster), the roster {@code country}, {@code caseState}, {@code revoked} and the {@code families} of its
     * evidence.
     */
    static Map<String, Object> row(DeviceRow d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deviceId", d.deviceId());
        m.put("hostname", d.hostname());
        m.put("lastSeen", d.lastSeen());
        m.put("publicIp", d.publicIp());
        m.put("risk", d.risk());
        m.put("verdict", d.verdict().apiName());
        m.put("explanation", d.explanation());
        m.put("findings", findings(d.findings()));
        m.put("families", families(d.findings()));
        m.put("employee", d.employee());
        m.put("country", d.employee() == null ? null : d.employee().country());
        m.put("caseState", d.caseState());
        m.put("revoked", d.revoked());
        return m;
    }

    /** API names of the families of {@code findings}, sorted. */
    static List<String> families(List<Finding> findings) {
        TreeSet<String> out = new TreeSet<>();
        findings.forEach(f -> out.add(Family.ofRule(f.rule()).apiName()));
        return List.copyOf(out);
    }

    static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("family", Family.ofRule(f.rule()).apiName());
            m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            m.put("summary", f.summary());
            m.put("evidence", f.evidence());
            // a suppressed finding is shown but counted for nothing: {"id", "reason", "until"}, else null
            m.put("suppressed", f.suppressed());
            return m;
        }).toList();
    }

    static Instant assessedAt(Assessment a) {
        return a == null ? null : a.asOf();
    }
}
