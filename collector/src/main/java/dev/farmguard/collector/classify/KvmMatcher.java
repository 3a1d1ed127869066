package dev.farmguard.collector.classify;

import dev.farmguard.collector.catalog.EdidMatch;
import dev.farmguard.collector.catalog.KvmSignature;
import dev.farmguard.collector.catalog.UsbMatch;
import dev.farmguard.collector.model.UsbDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Matches USB devices and decoded EDIDs against the catalog's KVM identities. */
final class KvmMatcher {

    private final List<KvmSignature> kvms;

    KvmMatcher(List<KvmSignature> kvms) {
        this.kvms = List.copyOf(kvms);
    }

    /** Every KVM signature the device matches by USB identity or by the SCSI vendor of its virtual drive. */
    List<SignatureMatch> matchUsb(UsbDevice device) {
        List<SignatureMatch> out = new ArrayList<>();
        for (KvmSignature kvm : kvms) {
            List<Evidence> evidence = new ArrayList<>();
            for (UsbMatch m : kvm.usb()) {
                evidence.addAll(UsbMatching.evidence(m, device));
            }
            for (String vendor : kvm.scsiVendors()) {
                if (textEquals(vendor, device.scsiVendor())) {
                    evidence.add(new Evidence(EvidenceField.USB_SCSI_VENDOR,
                            device.scsiVendor().trim() + " (" + device.vidPid() + ")", vendor));
                }
            }
            if (!evidence.isEmpty()) {
                out.add(match(kvm, dedupe(evidence)));
            }
        }
        return out;
    }

    /** Every KVM signature whose EDID identity the display presents. */
    List<SignatureMatch> matchEdid(EdidInfo info) {
        List<SignatureMatch> out = new ArrayList<>();
        for (KvmSignature kvm : kvms) {
            List<Evidence> evidence = new ArrayList<>();
            for (EdidMatch m : kvm.edid()) {
                evidence.addAll(edidEvidence(m, info));
            }
            if (!evidence.isEmpty()) {
                out.add(match(kvm, dedupe(evidence)));
            }
        }
        return out;
    }

    /** The facts an EDID identity matched, or none when any of its fields differs. */
    static List<Evidence> edidEvidence(EdidMatch m, EdidInfo info) {
        if (!m.pnpId().isEmpty() && !m.pnpId().equalsIgnoreCase(info.manufacturerId())) {
            return List.of();
        }
        if (m.productCode() != 0 && m.productCode() != info.productCode()) {
            return List.of();
        }
        if (!m.monitorName().isEmpty() && !textEquals(m.monitorName(), info.monitorName())) {
            return List.of();
        }
        if (!m.serialText().isEmpty() && !textEquals(m.serialText(), info.serialText())) {
            return List.of();
        }
        if (m.serialNumber() != 0 && m.serialNumber() != info.serialNumber()) {
            return List.of();
        }
        String rule = m.describe();
        List<Evidence> evidence = new ArrayList<>();
        if (!m.pnpId().isEmpty()) {
            evidence.add(new Evidence(EvidenceField.EDID_PNP_ID, info.manufacturerId(), rule));
        }
        if (m.productCode() != 0) {
            evidence.add(new Evidence(EvidenceField.EDID_PRODUCT_CODE, String.format("0x%04x", info.productCode()),
                    rule));
        }
        if (!m.monitorName().isEmpty()) {
            evidence.add(new Evidence(EvidenceField.EDID_MONITOR_NAME, info.monitorName(), rule));
        }
        if (!m.serialText().isEmpty()) {
            evidence.add(new Evidence(EvidenceField.EDID_SERIAL_TEXT, info.serialText(), rule));
        }
        if (m.serialNumber() != 0) {
            evidence.add(new Evidence(EvidenceField.EDID_SERIAL_NUMBER,
                    String.format("0x%08x", info.serialNumber()), rule));
        }
        return evidence;
    }

    static boolean textEquals(String catalogText, String observed) {
        return observed != null && catalogText.trim().toLowerCase(Locale.ROOT)
                .equals(observed.trim().toLowerCase(Locale.ROOT));
    }

    private static SignatureMatch match(KvmSignature kvm, List<Evidence> evidence) {
        return new SignatureMatch(SignatureMatch.Category.KVM, kvm.id(), kvm.name(), kvm.weight(), kvm.sources(),
                evidence);
    }

    static List<Evidence> dedupe(List<Evidence> evidence) {
        return evidence.stream().distinct().toList();
    }
}
