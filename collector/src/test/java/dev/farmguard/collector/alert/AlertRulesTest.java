package dev.farmguard.collector.alert;

import static dev.farmguard.collector.alert.AlertTestKit.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.DeviceSummary;
import dev.farmguard.collector.store.OutboxEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private final AlertRules rules = new AlertRules(new EcsEvent("collector-7", 2));
    private final ObjectMapper json = new ObjectMapper();
    private final Optional<DeviceSummary> device = Optional.of(new DeviceSummary("dev-1", "ws-042", T0, T0,
            "203.0.113.7", 3));
    private final Optional<RosterEntry> holder = Optional.of(new RosterEntry("dev-1", "E-17", "Ann Lee",
            "ann@example.com", "US", "AZ", "Phoenix", null, null, ""));

    private static Assessment of(Verdict v) {
        return AlertTestKit.assessment("dev-1", v, v == Verdict.OK ? 0 : 50, T0, AlertTestKit.kvm(),
                AlertTestKit.remote());
    }

    @Test
    void onlyRisingVerdictsAlert() {
        assertThat(rules.mayAlert(null, of(Verdict.REVIEW))).isTrue();
        assertThat(rules.mayAlert(of(Verdict.OK), of(Verdict.REVIEW))).isTrue();
        assertThat(rules.mayAlert(of(Verdict.REVIEW), of(Verdict.LAPTOP_FARM))).isTrue();
        assertThat(rules.mayAlert(of(Verdict.OK), of(Verdict.LAPTOP_FARM))).isTrue();
        assertThat(rules.mayAlert(null, of(Verdict.OK))).isFalse();
        assertThat(rules.mayAlert(of(Verdict.REVIEW), of(Verdict.REVIEW))).isFalse();
        assertThat(rules.mayAlert(of(Verdict.LAPTOP_FARM), of(Verdict.REVIEW))).isFalse();
    }

    @Test
    void aVerdictEventCarriesTheDocumentedEcsFields() throws Exception {
        List<OutboxEvent> events = rules.events(of(Verdict.REVIEW), of(Verdict.LAPTOP_FARM), device, holder);

        assertThat(events).hasSize(1);
        OutboxEvent e = events.get(0);
        assertThat(e.onceKey()).isNull();
        assertThat(e.eventTime()).isEqualTo(T0);
        JsonNode doc = json.readTree(e.body());
        assertThat(doc.path("@timestamp").asText()).isEqualTo("2026-03-02T15:04:05Z");
        assertThat(doc.path("ecs").path("version").asText()).isEqualTo(EcsEvent.ECS_VERSION);
        assertThat(doc.path("event").path("id").asText()).isEqualTo(e.id());
        assertThat(doc.path("event").path("kind").asText()).isEqualTo("alert");
        assertThat(doc.path("event").path("action").asText()).isEqualTo("verdict-raised");
        assertThat(doc.path("event").path("severity").asInt()).isEqualTo(2);
        assertThat(doc.path("event").path("risk_score").asInt()).isEqualTo(50);
        assertThat(doc.path("observer").path("name").asText()).isEqualTo("collector-7");
        assertThat(doc.path("host").path("id").asText()).isEqualTo("dev-1");
        assertThat(doc.path("host").path("hostname").asText()).isEqualTo("ws-042");
        assertThat(doc.path("user").path("id").asText()).isEqualTo("E-17");
        assertThat(doc.path("user").path("full_name").asText()).isEqualTo("Ann Lee");
        assertThat(doc.path("user").path("email").asText()).isEqualTo("ann@example.com");
        assertThat(doc.path("rule").path("name").asText()).isEqualTo("ip_kvm.usb_identity");
        JsonNode fg = doc.path("farmguard");
        assertThat(fg.path("verdict").asText()).isEqualTo("laptop_farm");
        assertThat(fg.path("previous_verdict").asText()).isEqualTo("review");
        assertThat(fg.path("families").toString()).isEqualTo("[\"attached\",\"control\"]");
        assertThat(fg.path("findings")).hasSize(2);
        assertThat(fg.path("findings").get(0).path("severity").asText()).isEqualTo("high");
        assertThat(fg.path("findings").get(1).path("summary").asText()).contains("AnyDesk");
    }

    @Test
    void theSameDataGivesTheSameEventIdAndANewTimeANewOne() {
        String first = rules.events(null, of(Verdict.REVIEW), device, holder).get(0).id();
        String again = rules.events(null, of(Verdict.REVIEW), Optional.empty(), Optional.empty()).get(0).id();
        Assessment later = AlertTestKit.assessment("dev-1", Verdict.REVIEW, 50, T0.plusSeconds(1));

        assertThat(again).isEqualTo(first);
        assertThat(rules.events(null, later, device, holder).get(0).id()).isNotEqualTo(first);
    }

    @Test
    void aFarmSizeClusterIsRaisedOncePerNetworkWithItsMembers() throws Exception {
        Assessment member = AlertTestKit.assessment("dev-1", Verdict.LAPTOP_FARM, 95, T0,
                AlertTestKit.colocation(12, "198.51.100.20", List.of("dev-9", "dev-3")));
        List<OutboxEvent> events = rules.events(of(Verdict.LAPTOP_FARM), member, device, holder);

        assertThat(events).hasSize(1);
        OutboxEvent cluster = events.get(0);
        assertThat(cluster.onceKey()).isEqualTo("cluster/public IP/198.51.100.20");
        JsonNode c = json.readTree(cluster.body()).path("farmguard").path("cluster");
        assertThat(c.path("network").asText()).isEqualTo("198.51.100.20");
        assertThat(c.path("employees_at_once").asInt()).isEqualTo(12);
        assertThat(c.path("devices").toString()).isEqualTo("[\"dev-1\",\"dev-3\",\"dev-9\"]");
        assertThat(json.readTree(cluster.body()).path("event").path("action").asText())
                .isEqualTo("farm-cluster-appeared");
        Assessment otherMember = AlertTestKit.assessment("dev-3", Verdict.LAPTOP_FARM, 95, T0,
                AlertTestKit.colocation(12, "198.51.100.20", List.of("dev-1", "dev-9")));
        assertThat(rules.events(otherMember, otherMember, Optional.empty(), Optional.empty()).get(0).id())
                .isEqualTo(cluster.id());
    }

    @Test
    void aMediumColocationIsNoFarmCluster() {
        Assessment housemates = AlertTestKit.assessment("dev-1", Verdict.REVIEW, 30, T0,
                new dev.farmguard.collector.model.Finding("colocation.shared_network",
                        dev.farmguard.collector.model.Finding.Severity.MEDIUM, "3 employees", java.util.Map.of(
                        "networks", List.of(java.util.Map.of("kind", "public IP", "network", "198.51.100.20",
                                "employeesAtOnce", 3)))));
        assertThat(rules.mayAlert(housemates, housemates)).isFalse();
    }
}
