package dev.farmguard.collector.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.detect.Family;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an alert event as an Elastic Common Schema (ECS 8.x) document: standard fields where ECS has them
 * ({@code @timestamp}, {@code event.*}, {@code host.*}, {@code user.*}, {@code observer.*}, {@code rule.*}) and
 * Farmguard's own facts under {@code farmguard.*}. The schema is documented in collector/README.md ("Alerts").
 * Nothing in it is wall-clock time: the same data gives the same document.
 */
final class EcsEvent {

    static final String ECS_VERSION = "8.11.0";
    static final String VERDICT_RAISED = "verdict-raised";
    static final String CLUSTER_APPEARED = "farm-cluster-appeared";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Finding> STRONGEST_FIRST = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::rule);

    private final String collectorId;
    private final int topFindings;

    EcsEvent(String collectorId, int topFindings) {
        this.collectorId = collectorId;
        this.topFindings = topFindings;
    }

    /** The document of an event about {@code current}; {@code cluster} is null for a verdict event. */
    String write(String id, String action, Verdict previous, Assessment current, String hostname, RosterEntry holder,
                 FarmCluster cluster, String message) {
        List<Finding> strongest = current.findings().stream().sorted(STRONGEST_FIRST).toList();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@timestamp", current.asOf().toString());
        doc.put("message", message);
        doc.put("ecs", Map.of("version", ECS_VERSION));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("kind", "alert");
        event.put("category", List.of("intrusion_detection"));
        event.put("type", List.of("indicator"));
        event.put("action", action);
        event.put("dataset", "farmguard.alert");
        event.put("module", "farmguard");
        event.put("severity", SyslogSeverity.of(current.verdict(), cluster != null));
        event.put("risk_score", current.risk());
        event.put("reason", current.explanation());
        doc.put("event", event);
        doc.put("observer", Map.of("name", collectorId, "product", "Farmguard", "vendor", "Farmguard",
                "type", "collector"));
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("id", current.deviceId());
        host.put("name", hostname);
        host.put("hostname", hostname);
        doc.put("host", host);
        if (holder != null) {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("id", holder.employeeId());
            user.put("full_name", holder.employeeName());
            user.put("email", holder.email());
            doc.put("user", user);
        }
        if (!strongest.isEmpty()) {
            Finding top = cluster == null ? strongest.get(0) : byRule(strongest, cluster.rule());
            doc.put("rule", Map.of("id", top.rule(), "name", top.rule(), "category", family(top.rule())));
        }
        doc.put("farmguard", farmguard(previous, current, strongest, cluster));
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert event could not be written as JSON", e);
        }
    }

    private Map<String, Object> farmguard(Verdict previous, Assessment current, List<Finding> strongest,
                                          FarmCluster cluster) {
        Map<String, Object> fg = new LinkedHashMap<>();
        fg.put("verdict", current.verdict().apiName());
        fg.put("previous_verdict", previous.apiName());
        fg.put("risk", current.risk());
        Set<String> families = new LinkedHashSet<>();
        strongest.stream().filter(f -> f.severity() != Finding.Severity.INFO).forEach(f -> families.add(family(f.rule())));
        fg.put("families", new ArrayList<>(families));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : strongest.subList(0, Math.min(topFindings, strongest.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            m.put("summary", f.summary());
            findings.add(m);
        }
        fg.put("findings", findings);
        if (cluster != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", EventIds.of(cluster.key()));
            c.put("rule", cluster.rule());
            c.put("severity", cluster.severity().name().toLowerCase(Locale.ROOT));
            c.put("kind", cluster.kind());
            c.put("network", cluster.network());
            c.put("employees_at_once", cluster.employeesAtOnce());
            c.put("devices", cluster.devices());
            fg.put("cluster", c);
        }
        return fg;
    }

    private static Finding byRule(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElse(findings.get(0));
    }

    private static String family(String rule) {
        try {
            return Family.ofRule(rule).apiName();
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }
}
