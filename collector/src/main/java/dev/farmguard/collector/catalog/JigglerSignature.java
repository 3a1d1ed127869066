package dev.farmguard.collector.catalog;

import java.util.List;

/** A software or hardware mouse jiggler. */
public record JigglerSignature(String id, String name, List<String> processNames, List<String> installPaths,
                               List<UsbMatch> usb, List<Source> sources) {

    public JigglerSignature {
        id = UsbMatch.nullToEmpty(id);
        name = UsbMatch.nullToEmpty(name);
        processNames = RemoteToolSignature.copy(processNames);
        installPaths = RemoteToolSignature.copy(installPaths);
        usb = RemoteToolSignature.copy(usb);
        sources = RemoteToolSignature.copy(sources);
    }

    public SignatureWeight weight() {
        return SignatureWeight.of(id, false);
    }
}
