package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.catalog.SignatureWeight;
import dev.farmguard.collector.classify.SignatureClassifier;
import dev.farmguard.collector.classify.SignatureMatch;
import dev.farmguard.collector.classify.Tell;
import dev.farmguard.collector.classify.UsbTells;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.UsbDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IP-KVM over USB. {@code ip_kvm.usb_identity} (critical; high for a generic signature): a USB device the catalog
 * knows as an IP-KVM (ids with their strings, or the SCSI vendor of its virtual drive).
 * {@code ip_kvm.composite_gadget} (high): a device that is at once keyboard, absolute pointer and virtual drive or
 * network adapter, the tell that survives renaming. A Raspberry Pi gadget on a developer's desk (1d6b:0104 with
 * hobby strings, network/serial/storage or a plain keyboard) matches neither.
 */
public final class IpKvmUsbRule implements DeviceRule {

    @Override
    public String id() {
        return "ip_kvm";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        SignatureClassifier classifier = context.classifier();
        Sightings<UsbKey, UsbDevice> devices = Sightings.over(context.history(), DeviceSnapshot::usbDevices,
                UsbKey::of);
        List<Finding> out = new ArrayList<>();
        for (Sightings.Seen<UsbDevice> seen : devices.all()) {
            UsbDevice d = seen.item();
            List<SignatureMatch> matches = classifier.usbKvms(d);
            if (!matches.isEmpty()) {
                SignatureMatch m = matches.get(0);
                Severity severity = m.weight() == SignatureWeight.GENERIC ? Severity.HIGH : Severity.CRITICAL;
                out.add(Findings.of("ip_kvm.usb_identity", severity,
                                "a USB device identifies as the IP-KVM " + m.signatureName())
                        .with("device", UsbKey.describe(d))
                        .with("signature", m.toEvidenceMap())
                        .with("seenInSnapshots", seen.snapshots())
                        .with("ofSnapshots", devices.totalSnapshots())
                        .with("lastSeen", seen.lastSeen())
                        .build());
                continue;
            }
            Optional<Tell> tell = UsbTells.compositeGadget(d);
            tell.ifPresent(t -> out.add(Findings.of("ip_kvm.composite_gadget", Severity.HIGH,
                            t.summary() + ", as IP-KVMs present themselves")
                    .with("device", UsbKey.describe(d))
                    .with("tell", t.toEvidenceMap())
                    .with("seenInSnapshots", seen.snapshots())
                    .with("ofSnapshots", devices.totalSnapshots())
                    .with("lastSeen", seen.lastSeen())
                    .build()));
        }
        return out;
    }
}
