package dev.farmguard.collector.detect;

import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskScorerTest {

    private static final Instant AT = Instant.parse("2026-11-01T12:00:00Z");
    private final RiskScorer scorer = new RiskScorer(ScoringConfig.defaults());

    private static Finding finding(String rule, Severity severity) {
        return new Finding(rule, severity, rule, Map.of());
    }

    @Test
    void noFindingsIsOkWithZeroRisk() {
        Assessment a = scorer.assess("d1", List.of(), AT);
        assertThat(a.risk()).isZero();
        assertThat(a.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void oneWeakSignalStaysOk() {
        Assessment a = scorer.assess("d1", List.of(finding("remote_control.tool_installed", Severity.LOW)), AT);
        assertThat(a.risk()).isEqualTo(10);
        assertThat(a.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aLoudSingleCategoryIsOnlyReview() {
        Assessment a = scorer.assess("d1", List.of(
                finding("ip_kvm.usb_identity", Severity.CRITICAL),
                finding("ip_kvm.edid_identity", Severity.CRITICAL)), AT);
        assertThat(a.risk()).isEqualTo(96);
        assertThat(a.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void aHighConfirmedByAnIndependentMediumNeedsSomethingMore() {
        // nobody at the laptop and a remote-desktop session caught in progress: agreement, but only just
        List<Finding> agreeing = List.of(finding("headless.unattended", Severity.HIGH),
                finding("remote_control.live_session", Severity.MEDIUM));
        Assessment a = scorer.assess("d1", agreeing, AT);
        assertThat(a.risk()).isEqualTo(63);
        assertThat(a.verdict()).isEqualTo(Verdict.REVIEW);
        // ...used on another continent's day as well: risk 70, a farm
        List<Finding> more = new java.util.ArrayList<>(agreeing);
        more.add(finding("location.activity_hours", Severity.LOW));
        more.add(finding("remote_control.tool", Severity.LOW));
        Assessment b = scorer.assess("d1", more, AT);
        assertThat(b.risk()).isEqualTo(70);
        assertThat(b.verdict()).isEqualTo(Verdict.LAPTOP_FARM);
    }

    @Test
    void strongEvidenceFromTwoCategoriesIsAFarm() {
        Assessment a = scorer.assess("d1", List.of(
                finding("ip_kvm.usb_identity", Severity.CRITICAL),
                finding("colocation.shared_public_ip", Severity.HIGH)), AT);
        assertThat(a.risk()).isEqualTo(90);
        assertThat(a.verdict()).isEqualTo(Verdict.LAPTOP_FARM);
        assertThat(a.findings()).extracting(Finding::rule)
                .containsExactly("ip_kvm.usb_identity", "colocation.shared_public_ip");
    }

    @Test
    void placeEvidenceSplitsIntoIndependentFamilies() {
        // where the network is, how the laptop is configured, when it is used: three questions, three families
        assertThat(Family.ofRule("location.far_from_roster")).isEqualTo(Family.NETWORK);
        assertThat(Family.ofRule("location.vpn_client")).isEqualTo(Family.CONFIGURATION);
        assertThat(Family.ofRule("remote_control.shared_peer")).isEqualTo(Family.SHARED);
        assertThat(Family.ofRule("headless.always_on")).isEqualTo(Family.PRESENCE);
        assertThat(Family.ofRule("location.locale_mismatch")).isEqualTo(Family.CONFIGURATION);
        assertThat(Family.ofRule("location.activity_hours")).isEqualTo(Family.SCHEDULE);
        assertThat(Family.ofRule("ip_kvm.usb_identity")).isEqualTo(Family.ATTACHED);
        assertThat(Family.ofRule("jiggler.hardware")).isEqualTo(Family.ATTACHED);
        assertThat(Family.ofRule("headless.unattended")).isEqualTo(Family.PRESENCE);
        assertThat(Family.ofRule("colocation.shared_network")).isEqualTo(Family.SHARED);
        assertThatThrownBy(() -> Family.ofRule("bogus.rule")).hasMessageContaining("bogus.rule");
        Assessment a = scorer.assess("d1", List.of(
                finding("location.far_from_roster", Severity.HIGH),
                finding("location.impossible_travel", Severity.HIGH)), AT);
        assertThat(a.verdict()).as("risk 75 from one family").isEqualTo(Verdict.REVIEW);
        Assessment b = scorer.assess("d1", List.of(
                finding("location.far_from_roster", Severity.HIGH),
                finding("location.impossible_travel", Severity.HIGH),
                finding("location.locale_mismatch", Severity.HIGH)), AT);
        assertThat(b.verdict()).isEqualTo(Verdict.LAPTOP_FARM);
        assertThat(b.explanation()).isEqualTo("Laptop farm: strong evidence about where its network is"
                + " (location.far_from_roster), confirmed by evidence about how it is configured"
                + " (location.locale_mismatch).");
    }

    @Test
    void aStrongFindingNeedsAnotherFamilyToConfirmIt() {
        Assessment alone = scorer.assess("d1", List.of(finding("location.high_risk_country", Severity.CRITICAL),
                finding("location.far_from_roster", Severity.HIGH)), AT);
        assertThat(alone.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(alone.explanation()).isEqualTo("Review (risk 90): evidence about where its network is"
                + " (location.high_risk_country); no independent family confirms it.");
        Assessment weakSupport = scorer.assess("d1", List.of(finding("location.high_risk_country", Severity.CRITICAL),
                finding("location.locale_mismatch", Severity.LOW)), AT);
        assertThat(weakSupport.verdict()).isEqualTo(Verdict.REVIEW);
        Assessment twoWhispers = scorer.assess("d1", List.of(finding("colocation.shared_network", Severity.CRITICAL),
                finding("location.activity_hours", Severity.LOW), finding("remote_control.tool", Severity.LOW)), AT);
        assertThat(twoWhispers.verdict()).as("corroborated by weak evidence from two other families")
                .isEqualTo(Verdict.LAPTOP_FARM);
        Assessment supported = scorer.assess("d1", List.of(finding("location.high_risk_country", Severity.CRITICAL),
                finding("location.activity_hours", Severity.MEDIUM)), AT);
        assertThat(supported.verdict()).isEqualTo(Verdict.LAPTOP_FARM);
        assertThat(supported.explanation()).isEqualTo("Laptop farm: strong evidence about where its network is"
                + " (location.high_risk_country), confirmed by evidence about when it is used (location.activity_hours).");
    }

    @Test
    void aStrongFindingCorroboratedByTwoMoreFamiliesIsAFarm() {
        List<Finding> two = List.of(finding("colocation.shared_network", Severity.HIGH),
                finding("remote_control.unattended", Severity.HIGH), finding("location.locale_mismatch", Severity.LOW));
        assertThat(scorer.assess("d1", two, AT).verdict()).as("risk 78, but the second family is weak")
                .isEqualTo(Verdict.LAPTOP_FARM);
        List<Finding> weak = List.of(finding("colocation.shared_network", Severity.CRITICAL),
                finding("location.locale_mismatch", Severity.LOW));
        assertThat(scorer.assess("d1", weak, AT).verdict()).as("one weak family does not confirm")
                .isEqualTo(Verdict.REVIEW);
        List<Finding> three = List.of(finding("colocation.shared_network", Severity.CRITICAL),
                finding("location.locale_mismatch", Severity.LOW), finding("jiggler.software", Severity.LOW));
        Assessment a = scorer.assess("d1", three, AT);
        assertThat(a.risk()).isEqualTo(84);
        assertThat(a.verdict()).isEqualTo(Verdict.LAPTOP_FARM);
        assertThat(a.explanation()).startsWith("Laptop farm: strong evidence about which other employees' laptops share"
                + " its network, controller or hardware (colocation.shared_network), corroborated by evidence about");
    }

    @Test
    void okAndReviewExplainTheirFamiliesToo() {
        assertThat(scorer.assess("d1", List.of(), AT).explanation()).isEqualTo("No evidence of a laptop farm.");
        assertThat(scorer.assess("d1", List.of(finding("jiggler.software", Severity.LOW)), AT).explanation())
                .isEqualTo("No farm: only weak evidence, about what controls it (jiggler.software).");
    }

    @Test
    void manyWeakSignalsAcrossCategoriesReachReviewNotFarm() {
        Assessment a = scorer.assess("d1", List.of(
                finding("remote_control.tool_installed", Severity.LOW),
                finding("location.vpn_client", Severity.LOW),
                finding("headless.always_on_ac", Severity.LOW),
                finding("jiggler.software", Severity.MEDIUM)), AT);
        assertThat(a.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void ruleWeightOverridesSeverity() {
        ScoringConfig d = ScoringConfig.defaults();
        ScoringConfig config = new ScoringConfig(d.reviewThreshold(), d.farmThreshold(), d.strongWeight(),
                d.supportingWeight(), d.corroboratingFamilies(), d.severityWeights(),
                Map.of("remote_control.tool_installed", 0.0));
        Assessment a = new RiskScorer(config).assess("d1",
                List.of(finding("remote_control.tool_installed", Severity.HIGH)), AT);
        assertThat(a.risk()).isZero();
    }

    @Test
    void invalidConfigNamesTheKey() {
        ScoringConfig d = ScoringConfig.defaults();
        assertThatThrownBy(() -> new ScoringConfig(80, 70, 0.4, 0.25, 3, d.severityWeights(), Map.of()))
                .hasMessageContaining("detection.scoring.farm-threshold");
        assertThatThrownBy(() -> new ScoringConfig(30, 75, 0.4, 0.25, 3, d.severityWeights(), Map.of("bogus.rule", 0.2)))
                .hasMessageContaining("bogus.rule");
    }
}
