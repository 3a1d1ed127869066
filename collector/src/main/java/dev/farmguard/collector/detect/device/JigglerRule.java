package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.catalog.SignatureWeight;
import dev.farmguard.collector.classify.EvidenceField;
import dev.farmguard.collector.classify.SignatureMatch;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Something keeps the laptop looking busy. {@code jiggler.hardware} (medium): a USB mouse jiggler the catalog
 * knows (low for a generic board such as any RP2040 HID). {@code jiggler.software} (low): a jiggler program, which
 * plenty of office workers run too.
 */
public final class JigglerRule implements DeviceRule {

    @Override
    public String id() {
        return "jiggler";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        List<Finding> out = new ArrayList<>();
        for (SignatureMatch j : context.classification().jigglers()) {
            boolean usb = j.has(EvidenceField.USB_ID);
            Severity severity = !usb ? Severity.LOW : j.weight() == SignatureWeight.GENERIC ? Severity.LOW
                    : Severity.MEDIUM;
            out.add(Findings.of(usb ? "jiggler.hardware" : "jiggler.software", severity,
                            j.signatureName() + (usb ? " USB mouse jiggler attached" : " mouse jiggler program"))
                    .with("jiggler", j.signatureId()).with("signature", j.toEvidenceMap()).build());
        }
        return out;
    }
}
