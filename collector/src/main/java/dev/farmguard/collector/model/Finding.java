package dev.farmguard.collector.model;

import java.util.Map;

/**
 * One rule's conclusion about one device, with the facts that led to it.
 *
 * @param rule     stable rule id, e.g. "ip_kvm.usb_identity"
 * @param evidence   the facts, as a small ordered map of names to plain values (strings, numbers, lists)
 * @param suppressed set on the copy in an assessment when a suppression covers it (it then counts for nothing);
 *                   null on what the rules produce
 */
public record Finding(String rule, Severity severity, String summary, Map<String, Object> evidence,
                      FindingSuppression suppressed) {

    public Finding {
        evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }

    /** A finding as a rule produces it (not suppressed). */
    public Finding(String rule, Severity severity, String summary, Map<String, Object> evidence) {
        this(rule, severity, summary, evidence, null);
    }

    /** This finding marked as covered by a suppression. */
    public Finding suppressedBy(FindingSuppression suppression) {
        return new Finding(rule, severity, summary, evidence, suppression);
    }

    public enum Severity { INFO, LOW, MEDIUM, HIGH, CRITICAL }
}
