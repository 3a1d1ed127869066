package dev.farmguard.collector.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.report.FleetReport.Change;
import dev.farmguard.collector.report.FleetReport.DeviceRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as JSON, for machines (the webhook posts it): the same sections as the HTML, with every list complete.
 * Devices carry the API's fields (deviceId, hostname, lastSeen, publicIp, risk, verdict, explanation, findings).
 */
public final class JsonReportRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JsonReportRenderer() {}

    public static byte[] render(FleetReport r) {
        try {
            return JSON.writeValueAsBytes(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing the JSON report failed: " + e.getMessage(), e);
        }
    }

    /** The report as plain maps and records, for a caller that embeds it in a larger JSON body. */
    public static Map<String, Object> tree(FleetReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind().cliName());
        m.put("title", r.kind().title());
        m.put("generatedAt", r.generatedAt());
        m.put("fleetAsOf", r.fleetAsOf());
        m.put("previous", r.previous());
        m.put("counts", Map.of("devices", r.counts().total(), "ok", r.counts().ok(), "review", r.counts().review(),
                "laptop_farm", r.counts().laptopFarm()));
        m.put("trend", r.trend());
        m.put("changes", r.changes().stream().map(JsonReportRenderer::change).toList());
        m.put("riskiest", r.riskiest().stream().map(DeviceRow::deviceId).toList());
        m.put("clusters", r.clusters());
        m.put("silent", r.silent().stream().map(DeviceRow::deviceId).toList());
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("rosterDevices", r.coverage().rosterDevices());
        coverage.put("reporting", r.coverage().reporting());
        coverage.put("neverEnrolled", r.coverage().neverEnrolled().stream().map(DeviceRow::deviceId).toList());
        coverage.put("stoppedReporting", r.coverage().stopped().stream().map(DeviceRow::deviceId).toList());
        coverage.put("notOnRoster", r.coverage().notOnRoster());
        coverage.put("agentVersions", r.coverage().agentVersions());
        m.put("coverage", coverage);
        m.put("ruleCounts", r.ruleCounts());
        m.put("familyCounts", r.familyCounts());
        m.put("cases", r.cases());
        m.put("map", r.map());
        m.put("devices", r.devices().stream().map(JsonReportRenderer::device).toList());
        return m;
    }

    private static Map<String, Object> change(Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("change", c.change().name().toLowerCase(Locale.ROOT));
        m.put("deviceId", c.device().deviceId());
        m.put("hostname", c.device().hostname());
        m.put("before", c.before() == null ? null : c.before().apiName());
        m.put("verdict", c.device().verdict().apiName());
        m.put("risk", c.device().risk());
        return m;
    }

    private static Map<String, Object> device(DeviceRow d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deviceId", d.deviceId());
        m.put("hostname", d.hostname());
        m.put("holder", d.holder());
        m.put("lastSeen", d.lastSeen());
        m.put("publicIp", d.publicIp());
        m.put("agentVersion", d.agentVersion());
        m.put("risk", d.risk());
        m.put("verdict", d.verdict().apiName());
        m.put("explanation", d.explanation());
        m.put("caseState", d.caseState());
        m.put("findings", findings(d.findings()));
        return m;
    }

    private static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("family", FleetReportBuilder.familyOf(f.rule()));
            m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            m.put("summary", f.summary());
            m.put("evidence", f.evidence());
            return m;
        }).toList();
    }
}
