package dev.farmguard.collector.detect;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A device's findings grouped by {@link Family}: the strongest finding of each family, whether the families
 * confirm each other enough for a farm verdict, and the one sentence an analyst reads to know why.
 */
final class FamilyEvidence {

    private final ScoringConfig config;
    /** The heaviest finding of each family with any evidence, heaviest family first. */
    private final List<Map.Entry<Family, Finding>> strongest;

    private FamilyEvidence(ScoringConfig config, List<Map.Entry<Family, Finding>> strongest) {
        this.config = config;
        this.strongest = strongest;
    }

    static FamilyEvidence of(List<Finding> findings, ScoringConfig config) {
        Map<Family, Finding> top = new EnumMap<>(Family.class);
        for (Finding f : findings) {
            if (config.weightOf(f) > 0) {
                top.merge(Family.ofRule(f.rule()), f, (a, b) -> config.weightOf(b) > config.weightOf(a) ? b : a);
            }
        }
        List<Map.Entry<Family, Finding>> ordered = new ArrayList<>(top.entrySet());
        ordered.sort(Comparator.comparingDouble((Map.Entry<Family, Finding> e) -> config.weightOf(e.getValue()))
                .reversed().thenComparing(Map.Entry::getKey));
        return new FamilyEvidence(config, List.copyOf(ordered));
    }

    /**
     * Enough strong families, or a decisive finding that another family supports, or enough families that each
     * support the others.
     */
    boolean independentlyConfirmed() {
        return strongFamilies() >= config.farmMinFamilies() || decisiveAndSupported() || corroborated();
    }

    /** A strong finding that enough other families back with evidence of their own, however weak each. */
    private boolean corroborated() {
        return strongest.size() >= config.corroboratingFamilies() && weight(strongest.get(0)) >= config.strongWeight();
    }

    private long strongFamilies() {
        return strongest.stream().filter(e -> weight(e) >= config.strongWeight()).count();
    }

    /** The heaviest finding is decisive and another family supports it at supporting weight. */
    private boolean decisiveAndSupported() {
        return strongest.size() >= 2 && weight(strongest.get(0)) >= config.decisiveWeight()
                && weight(strongest.get(1)) >= config.supportingWeight();
    }

    /** One sentence naming the families behind the verdict, with the strongest finding of each. */
    String explain(Verdict verdict, int risk) {
        if (strongest.isEmpty()) {
            return "No evidence of a laptop farm.";
        }
        return switch (verdict) {
            case LAPTOP_FARM -> strongFamilies() >= config.farmMinFamilies()
                    ? "Laptop farm: independent families of evidence agree, about " + list(strong()) + "."
                    : decisiveAndSupported()
                    ? "Laptop farm: decisive evidence about " + describe(strongest.get(0)) + ", supported by evidence about "
                            + describe(strongest.get(1)) + "."
                    : "Laptop farm: strong evidence about " + describe(strongest.get(0))
                            + ", corroborated by evidence about " + list(strongest.subList(1, strongest.size())) + ".";
            case REVIEW -> "Review (risk " + risk + "): evidence about " + list(strongest) + "; "
                    + (risk < config.farmThreshold() ? "not enough for a farm verdict."
                    : "no independent family confirms it.");
            case OK -> "No farm: only weak evidence, about " + list(strongest) + ".";
        };
    }

    private List<Map.Entry<Family, Finding>> strong() {
        return strongest.stream().filter(e -> weight(e) >= config.strongWeight()).toList();
    }


    private double weight(Map.Entry<Family, Finding> e) {
        return config.weightOf(e.getValue());
    }

    private static String list(List<Map.Entry<Family, Finding>> families) {
        List<String> parts = families.stream().map(FamilyEvidence::describe).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join("; ", parts.subList(0, parts.size() - 1)) + "; and " + parts.get(parts.size() - 1);
    }

    private static String describe(Map.Entry<Family, Finding> e) {
        return e.getKey().question() + " (" + e.getValue().summary() + ")";
    }
}
