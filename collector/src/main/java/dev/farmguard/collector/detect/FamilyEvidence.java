package dev.farmguard.collector.detect;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A device's findings grouped by {@link Family}: the strongest finding of each family, whether independent families
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
     * The heaviest family's finding is strong and independent families confirm it: a second family at supporting
     * weight, or enough families with evidence of any weight.
     */
    boolean independentlyConfirmed() {
        return strongLead() && (supported() || corroborated());
    }

    private boolean strongLead() {
        return !strongest.isEmpty() && weight(strongest.get(0)) >= config.strongWeight();
    }

    private boolean supported() {
        return strongest.size() >= 2 && weight(strongest.get(1)) >= config.supportingWeight();
    }

    private boolean corroborated() {
        return strongest.size() >= config.corroboratingFamilies();
    }

    /** One sentence naming the families behind the verdict, with the strongest finding of each. */
    String explain(Verdict verdict, int risk) {
        if (strongest.isEmpty()) {
            return "No evidence of a laptop farm.";
        }
        return switch (verdict) {
            case LAPTOP_FARM -> "Laptop farm: strong evidence about " + describe(strongest.get(0))
                    + (supported() ? ", confirmed by evidence about " : ", corroborated by evidence about ")
                    + list(strongest.subList(1, strongest.size())) + ".";
            case REVIEW -> "Review (risk " + risk + "): evidence about " + list(strongest) + "; "
                    + (risk < config.farmThreshold() ? "not enough for a farm verdict."
                    : "no independent family confirms it.");
            case OK -> "No farm: only weak evidence, about " + list(strongest) + ".";
        };
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
