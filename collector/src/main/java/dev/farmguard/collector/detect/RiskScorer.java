package dev.farmguard.collector.detect;

import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Combines findings into a risk (0-100) and a verdict.
 *
 * <p>Each finding weighs a probability-like amount (its rule's configured weight, else its severity's);
 * weights combine as independent evidence ({@code 1 - prod(1 - w)}), so many weak signals add up slowly and
 * a few strong ones quickly. A {@code laptop_farm} verdict additionally needs at least
 * {@link ScoringConfig#farmMinCategories()} categories each carrying a strong finding: a single family of
 * evidence, however loud, only earns {@code review}.
 */
public final class RiskScorer {

    private final ScoringConfig config;

    public RiskScorer(ScoringConfig config) {
        this.config = config;
    }

    public Assessment assess(String deviceId, List<Finding> findings, Instant asOf) {
        double keep = 1.0;
        Map<Category, Double> strongestPerCategory = new EnumMap<>(Category.class);
        for (Finding finding : findings) {
            double weight = config.weightOf(finding);
            keep *= 1.0 - weight;
            strongestPerCategory.merge(Category.ofRule(finding.rule()), weight, Math::max);
        }
        int risk = (int) Math.round(100.0 * (1.0 - keep));
        long strongCategories = strongestPerCategory.values().stream()
                .filter(w -> w >= config.strongWeight())
                .count();
        Verdict verdict;
        if (risk >= config.farmThreshold() && strongCategories >= config.farmMinCategories()) {
            verdict = Verdict.LAPTOP_FARM;
        } else if (risk >= config.reviewThreshold()) {
            verdict = Verdict.REVIEW;
        } else {
            verdict = Verdict.OK;
        }
        List<Finding> ordered = findings.stream()
                .sorted(Comparator.comparingDouble(config::weightOf).reversed()
                        .thenComparing(Finding::rule))
                .toList();
        return new Assessment(deviceId, risk, verdict, ordered, asOf);
    }
}
