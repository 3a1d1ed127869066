package dev.farmguard.collector.detect;

import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.net.IpLiteral;
import java.util.List;

/**
 * A remote-access tool the IT department runs itself. Installing and running it, and its unattended access, say
 * nothing; sessions say nothing when they come from one of {@code peerIds} or {@code sourceNetworks} (or from
 * anywhere when both lists are empty).
 *
 * @param tool catalog id (e.g. {@code teamviewer}), or {@code rdp} / {@code vnc} for the OS's own servers
 */
public record SanctionedTool(String tool, List<String> peerIds, List<Cidr> sourceNetworks) {

    public SanctionedTool {
        peerIds = List.copyOf(peerIds);
        sourceNetworks = List.copyOf(sourceNetworks);
    }

    /** Whether a session from this peer id or address was IT's. */
    public boolean sanctions(String peerId, String remoteAddress) {
        if (peerIds.isEmpty() && sourceNetworks.isEmpty()) {
            return true;
        }
        if (peerId != null && !peerId.isBlank() && peerIds.contains(peerId.trim())) {
            return true;
        }
        return IpLiteral.parse(remoteAddress).map(a -> sourceNetworks.stream().anyMatch(n -> n.contains(a)))
                .orElse(false);
    }
}
