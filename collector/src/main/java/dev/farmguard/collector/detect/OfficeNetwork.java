package dev.farmguard.collector.detect;

import dev.farmguard.collector.config.Cidr;
import java.util.List;

/**
 * A company network where many employees are expected to share a public address, router and Wi-Fi: never
 * co-location evidence, and not a place to compare with the roster.
 *
 * @param gatewayMacs lower-case colon hex
 * @param bssids      lower-case colon hex
 */
public record OfficeNetwork(String name, List<Cidr> publicCidrs, List<String> gatewayMacs, List<String> bssids) {

    public OfficeNetwork {
        publicCidrs = List.copyOf(publicCidrs);
        gatewayMacs = gatewayMacs.stream().map(Macs::normalize).toList();
        bssids = bssids.stream().map(Macs::normalize).toList();
    }
}
