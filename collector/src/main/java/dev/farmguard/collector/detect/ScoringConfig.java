package dev.farmguard.collector.detect;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;

import java.util.EnumMap;
import java.util.Map;

/**
 * Thresholds and weights of {@link RiskScorer}. Weights are in [0, 1): a rule's own weight when configured,
 * otherwise its severity's.
 *
 * @param reviewThreshold       risk from which a device is flagged {@code review}
 * @param farmThreshold         risk from which a device may be flagged {@code laptop_farm}
 * @param strongWeight          the weight the heaviest family's finding needs for {@code laptop_farm}
 * @param supportingWeight      the weight a second, independent family needs to confirm it...
 * @param corroboratingFamilies ...or the number of families (the strong one included) whose evidence of any weight
 *                              corroborates it: 39 laptops living on one router whose other families only whisper
 *                              are still a farm
 */
public record ScoringConfig(
        int reviewThreshold,
        int farmThreshold,
        double strongWeight,
        double supportingWeight,
        int corroboratingFamilies,
        Map<Severity, Double> severityWeights,
        Map<String, Double> ruleWeights) {

    public static ScoringConfig defaults() {
        Map<Severity, Double> severity = new EnumMap<>(Severity.class);
        severity.put(Severity.INFO, 0.0);
        severity.put(Severity.LOW, 0.10);
        severity.put(Severity.MEDIUM, 0.25);
        severity.put(Severity.HIGH, 0.50);
        severity.put(Severity.CRITICAL, 0.80);
        return new ScoringConfig(30, 70, 0.40, 0.25, 3, severity, Map.of());
    }

    public ScoringConfig {
        severityWeights = Map.copyOf(severityWeights);
        ruleWeights = Map.copyOf(ruleWeights);
        validate(reviewThreshold, farmThreshold, strongWeight, supportingWeight, severityWeights, ruleWeights);
        require(corroboratingFamilies >= 2 && corroboratingFamilies <= Family.values().length,
                "detection.scoring.corroborating-families must be 2.." + Family.values().length + ", got "
                        + corroboratingFamilies);
    }

    public double weightOf(Finding finding) {
        Double own = ruleWeights.get(finding.rule());
        return own != null ? own : severityWeights.getOrDefault(finding.severity(), 0.0);
    }

    private static void validate(int review, int farm, double strong, double supporting,
                                 Map<Severity, Double> severity, Map<String, Double> rules) {
        require(review >= 1 && review <= 100, "detection.scoring.review-threshold must be 1..100, got " + review);
        require(farm > review && farm <= 100,
                "detection.scoring.farm-threshold must be above review-threshold and at most 100, got " + farm);
        require(strong > 0 && strong < 1, "detection.scoring.strong-weight must be in (0, 1), got " + strong);
        require(supporting > 0 && supporting <= strong,
                "detection.scoring.supporting-weight must be in (0, strong-weight], got " + supporting);
        for (Severity s : Severity.values()) {
            require(severity.containsKey(s), "detection.scoring.severity-weights is missing " + s.name().toLowerCase(java.util.Locale.ROOT));
        }
        severity.forEach((s, w) -> require(w >= 0 && w < 1,
                "detection.scoring.severity-weights." + s.name().toLowerCase(java.util.Locale.ROOT) + " must be in [0, 1), got " + w));
        rules.forEach((rule, w) -> {
            require(w >= 0 && w < 1, "detection.scoring.rule-weights." + rule + " must be in [0, 1), got " + w);
            Family.ofRule(rule);
        });
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
