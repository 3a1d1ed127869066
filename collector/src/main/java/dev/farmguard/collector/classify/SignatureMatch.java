package dev.farmguard.collector.classify;

import dev.farmguard.collector.catalog.SignatureWeight;
import dev.farmguard.collector.catalog.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog signature that matched observed facts, with every fact that matched and where the signature's
 * facts were read, so a rule can explain its finding.
 */
public record SignatureMatch(Category category, String signatureId, String signatureName, SignatureWeight weight,
                             List<Source> sources, List<Evidence> evidence) {

    public enum Category { REMOTE_TOOL, KVM, VPN, JIGGLER }

    public SignatureMatch {
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }

    /** Whether any evidence is about this field. */
    public boolean has(EvidenceField field) {
        return evidence.stream().anyMatch(e -> e.field() == field);
    }

    /** Whether every piece of evidence is about one of these fields (e.g. only a listening port). */
    public boolean onlyFrom(EvidenceField... fields) {
        List<EvidenceField> allowed = List.of(fields);
        return evidence.stream().allMatch(e -> allowed.contains(e.field()));
    }

    /** Plain values for {@code Finding.evidence}: signature, weight, matched facts and sources. */
    public Map<String, Object> toEvidenceMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("signature", signatureId);
        map.put("signatureName", signatureName);
        map.put("weight", weight.name().toLowerCase(java.util.Locale.ROOT));
        List<String> facts = new ArrayList<>();
        evidence.forEach(e -> facts.add(e.field().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.observed()
                + " matches " + e.matched()));
        map.put("matched", facts);
        map.put("sources", sources.stream().map(Source::reference).toList());
        return map;
    }
}
