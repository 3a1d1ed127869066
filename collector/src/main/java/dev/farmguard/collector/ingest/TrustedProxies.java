package dev.farmguard.collector.ingest;

import dev.farmguard.collector.config.Cidr;
import java.net.InetAddress;
import java.util.List;

/** The networks of TCP load balancers whose connections start with a PROXY v2 header (agent.trusted-proxies). */
final class TrustedProxies {

    private final List<Cidr> networks;

    TrustedProxies(List<Cidr> networks) {
        this.networks = List.copyOf(networks);
    }

    boolean contains(InetAddress address) {
        if (address == null) {
            return false;
        }
        for (Cidr c : networks) {
            if (c.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
