package dev.farmguard.collector.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.FindingSuppression;
import dev.farmguard.collector.model.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RiskScorer} with findings marked suppressed: listed, never counted. */
class SuppressedFindingScoringTest {

    private static final Instant AT = Instant.parse("2026-11-01T12:00:00Z");
    private static final FindingSuppression MARK = new FindingSuppression("sup_1", "lab KVM", AT.plusSeconds(3600));
    private final RiskScorer scorer = new RiskScorer(ScoringConfig.defaults());

    private static Finding finding(String rule, Severity severity) {
        return new Finding(rule, severity, rule, Map.of());
    }

    @Test
    void suppressingTheDecisiveFindingLeavesOnlyTheRestToCount() {
        Finding kvm = finding("ip_kvm.usb_identity", Severity.CRITICAL);
        Finding shared = finding("colocation.shared_public_ip", Severity.HIGH);
        assertThat(scorer.assess("d", List.of(kvm, shared), AT).verdict()).isEqualTo(Verdict.LAPTOP_FARM);

        Assessment a = scorer.assess("d", List.of(kvm.suppressedBy(MARK), shared), AT);
        assertThat(a.risk()).isEqualTo(50);
        assertThat(a.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(a.findings()).containsExactly(shared, kvm.suppressedBy(MARK));
        assertThat(a.explanation()).doesNotContain("PiKVM").endsWith("1 suppressed finding is not counted.");
        assertThat(a).isEqualTo(scorer.assess("d", List.of(shared, kvm.suppressedBy(MARK)), AT));
    }

    @Test
    void everythingSuppressedIsOkWithZeroRisk() {
        Assessment a = scorer.assess("d", List.of(finding("ip_kvm.usb_identity", Severity.CRITICAL).suppressedBy(MARK),
                finding("ip_kvm.edid_identity", Severity.CRITICAL).suppressedBy(MARK)), AT);
        assertThat(a.risk()).isZero();
        assertThat(a.verdict()).isEqualTo(Verdict.OK);
        assertThat(a.findings()).hasSize(2);
        assertThat(a.explanation()).endsWith("2 suppressed findings are not counted.");
    }
}
