package dev.farmguard.collector.catalog;

import java.util.List;

/**
 * An IP-KVM or KVM identity, over USB and/or EDID.
 *
 * @param usb         USB identities (any one matching is enough)
 * @param edid        EDID identities (any one matching is enough)
 * @param scsiVendors SCSI INQUIRY vendors of the virtual drive, e.g. "PiKVM"; they survive USB renaming
 */
public record KvmSignature(String id, String name, List<UsbMatch> usb, List<EdidMatch> edid,
                           List<String> scsiVendors, List<Source> sources) {

    public KvmSignature {
        id = UsbMatch.nullToEmpty(id);
        name = UsbMatch.nullToEmpty(name);
        usb = RemoteToolSignature.copy(usb);
        edid = RemoteToolSignature.copy(edid);
        scsiVendors = RemoteToolSignature.copy(scsiVendors);
        sources = RemoteToolSignature.copy(sources);
    }

    public SignatureWeight weight() {
        return SignatureWeight.of(id, false);
    }
}
