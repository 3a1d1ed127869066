package dev.farmguard.collector.classify;

import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.UsbDevice;
import java.util.List;

/**
 * Everything the catalog and the tells say about one snapshot.
 *
 * @param usbKvms     catalog KVM identities matched over USB (per device)
 * @param usbTells    composite-gadget tells (per device)
 * @param displays    one judgement per display with an EDID
 * @param remoteTools catalog remote-access tools found
 * @param vpns        catalog VPN clients found
 * @param jigglers    catalog jigglers found
 */
public record DeviceClassification(List<UsbFinding> usbKvms, List<UsbTell> usbTells, List<DisplayFinding> displays,
                                   List<SignatureMatch> remoteTools, List<SignatureMatch> vpns,
                                   List<SignatureMatch> jigglers) {

    public DeviceClassification {
        usbKvms = List.copyOf(usbKvms);
        usbTells = List.copyOf(usbTells);
        displays = List.copyOf(displays);
        remoteTools = List.copyOf(remoteTools);
        vpns = List.copyOf(vpns);
        jigglers = List.copyOf(jigglers);
    }

    public record UsbFinding(UsbDevice device, SignatureMatch match) {}

    public record UsbTell(UsbDevice device, Tell tell) {}

    /**
     * @param edid      the decoded EDID, or the reason decoding failed
     * @param judgement null when the EDID could not be decoded
     */
    public record DisplayFinding(Display display, EdidDecodeResult edid, IpKvmDisplayJudgement judgement) {}
}
