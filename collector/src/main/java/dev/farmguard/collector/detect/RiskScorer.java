package dev.farmguard.collector.detect;

import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Combines findings into a risk (0-100) and a verdict.
 *
 * <p>Each finding weighs a probability-like amount (its rule's configured weight, else its severity's);
 * weights combine as independent evidence ({@code 1 - prod(1 - w)}), so many weak signals add up slowly and
 * a few strong ones quickly. A {@code laptop_farm} verdict additionally needs independent families of evidence
 * ({@link Family}) to agree: a strong finding confirmed by another family's (at supporting weight), or corroborated
 * by evidence from enough families. A single family, however loud, only earns {@code review}.
 */
public final class RiskScorer {

    private final ScoringConfig config;

    public RiskScorer(ScoringConfig config) {
        this.config = config;
    }

    /**
     * The assessment of {@code findings}. Findings marked {@link Finding#suppressed()} stay in the assessment (after
     * the counted ones) but weigh nothing and name no family: this is the one place suppressions take effect.
     */
    public Assessment assess(String deviceId, List<Finding> findings, Instant asOf) {
        List<Finding> counted = findings.stream().filter(f -> f.suppressed() == null).toList();
        double keep = 1.0;
        for (Finding finding : counted) {
            keep *= 1.0 - config.weightOf(finding);
        }
        int risk = (int) Math.round(100.0 * (1.0 - keep));
        FamilyEvidence families = FamilyEvidence.of(counted, config);
        Verdict verdict;
        if (risk >= config.farmThreshold() && families.independentlyConfirmed()) {
            verdict = Verdict.LAPTOP_FARM;
        } else if (risk >= config.reviewThreshold()) {
            verdict = Verdict.REVIEW;
        } else {
            verdict = Verdict.OK;
        }
        Comparator<Finding> heaviestFirst = Comparator.comparing((Finding f) -> f.suppressed() != null)
                .thenComparing(Comparator.comparingDouble(config::weightOf).reversed())
                .thenComparing(Finding::rule);
        List<Finding> ordered = findings.stream().sorted(heaviestFirst).toList();
        int suppressed = findings.size() - counted.size();
        String explanation = families.explain(verdict, risk) + (suppressed == 0 ? ""
                : " " + suppressed + (suppressed == 1 ? " suppressed finding is" : " suppressed findings are")
                + " not counted.");
        return new Assessment(deviceId, risk, verdict, ordered, asOf, explanation);
    }
}
