package dev.farmguard.collector.model;

import java.util.Map;

/**
 * One rule's conclusion about one device, with the facts that led to it.
 *
 * @param rule     stable rule id, e.g. "ip_kvm.usb_identity"
 * @param evidence the facts, as a small ordered map of names to plain values (strings, numbers, lists)
 */
public record Finding(String rule, Severity severity, String summary, Map<String, Object> evidence) {

    public Finding {
        evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }

    public enum Severity { INFO, LOW, MEDIUM, HIGH, CRITICAL }
}
