package dev.farmguard.collector.catalog;

import java.util.List;

/**
 * A VPN client, or (id prefixed {@code generic-}) a VPN technology such as a TAP or Wintun adapter.
 *
 * @param adapterNames network adapter name patterns, matched against interface names and display names
 */
public record VpnSignature(String id, String name, List<String> processNames, List<String> installPaths,
                           List<String> serviceNames, List<String> adapterNames, boolean dprkReported,
                           List<Source> sources) {

    public VpnSignature {
        id = UsbMatch.nullToEmpty(id);
        name = UsbMatch.nullToEmpty(name);
        processNames = RemoteToolSignature.copy(processNames);
        installPaths = RemoteToolSignature.copy(installPaths);
        serviceNames = RemoteToolSignature.copy(serviceNames);
        adapterNames = RemoteToolSignature.copy(adapterNames);
        sources = RemoteToolSignature.copy(sources);
    }

    public SignatureWeight weight() {
        return SignatureWeight.of(id, dprkReported);
    }
}
