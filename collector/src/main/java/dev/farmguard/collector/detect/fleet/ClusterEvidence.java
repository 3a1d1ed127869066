package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.model.Finding;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads back, from a device's fleet findings, the groups the fleet rules put it in: the network it shared
 * ({@code colocation.shared_network}), the remote operator ({@code remote_control.shared_peer}) or the IP-KVM identity
 * ({@code ip_kvm.shared_identity}). The rules are the one place that decides who is co-located; the API's clusters
 * are the union of these memberships, so nothing computes co-location twice.
 */
public final class ClusterEvidence {

    public static final String SHARED_NETWORK = "colocation.shared_network";
    public static final String SHARED_PEER = "remote_control.shared_peer";
    public static final String SHARED_KVM = "ip_kvm.shared_identity";

    /**
     * One device's part in one group.
     *
     * @param kind   public_ip, gateway_mac, bssid, remote_peer or kvm_identity
     * @param shared the network, peer id or identity the members share, as the rule wrote it
     * @param from   start of the device's stay there, null when the rule records no time
     * @param to     end of that stay, null when the rule records no time
     */
    public record Membership(String kind, String shared, String rule, Instant from, Instant to) {

        /** Identifies the group across devices. */
        public String clusterKey() {
            return kind + " " + shared;
        }
    }

    private ClusterEvidence() {}

    /** The groups {@code finding} puts its device in; empty for findings of other rules. */
    public static List<Membership> of(Finding finding) {
        return switch (finding.rule()) {
            case SHARED_NETWORK -> networks(finding);
            case SHARED_PEER -> sightings(finding, "remote_peer");
            case SHARED_KVM -> sightings(finding, "kvm_identity");
            default -> List.of();
        };
    }

    private static List<Membership> networks(Finding f) {
        List<Membership> out = new ArrayList<>();
        if (f.evidence().get("networks") instanceof List<?> networks) {
            for (Object n : networks) {
                if (n instanceof Map<?, ?> m && m.get("network") != null) {
                    out.add(new Membership(networkKind(String.valueOf(m.get("kind"))), String.valueOf(m.get("network")),
                            f.rule(), instant(m.get("from")), instant(m.get("to"))));
                }
            }
        }
        return out;
    }

    private static List<Membership> sightings(Finding f, String kind) {
        List<Membership> out = new ArrayList<>();
        if (f.evidence().get("shared") instanceof List<?> shared) {
            for (Object s : shared) {
                out.add(new Membership(kind, String.valueOf(s), f.rule(), null, null));
            }
        }
        return out;
    }

    /** The co-location rule's words for a kind of network ("gateway MAC") to the API's names. */
    static String networkKind(String ruleKind) {
        return switch (ruleKind) {
            case "public address" -> "public_ip";
            case "gateway MAC" -> "gateway_mac";
            case "Wi-Fi access point" -> "bssid";
            default -> "network";
        };
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
