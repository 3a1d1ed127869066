package dev.farmguard.collector.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A behavioural tell that survives renaming (no catalog signature behind it), e.g. a USB gadget offering keyboard,
 * absolute pointer and virtual CD-ROM in one device.
 *
 * @param id       stable id, e.g. {@value UsbTells#COMPOSITE_GADGET}
 * @param summary  one sentence for a finding
 * @param rationale why it is a tell and where that was read
 */
public record Tell(String id, String summary, List<Evidence> evidence, String rationale) {

    public Tell {
        evidence = List.copyOf(evidence);
    }

    /** Plain values for {@code Finding.evidence}. */
    public Map<String, Object> toEvidenceMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("tell", id);
        map.put("matched", evidence.stream().map(e -> e.field().name().toLowerCase(java.util.Locale.ROOT) + ": "
                + e.observed() + " matches " + e.matched()).toList());
        map.put("rationale", rationale);
        return map;
    }
}
