package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.catalog.SignatureWeight;
import dev.farmguard.collector.classify.SignatureMatch;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.IpFacts;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * VPNs hide where a laptop is. {@code location.vpn_client}: a catalog VPN client; critical (yet, like every finding,
 * never a farm without another family) for one named in DPRK IT-worker reporting (Astrill above all), low for a privacy VPN
 * product, nothing for a generic tunnel adapter
 * (corporate VPNs use those). {@code location.vpn_exit} (low): check-ins from configured VPN/hosting networks.
 * A privacy VPN alone stays below review.
 */
public final class VpnRule implements DeviceRule {

    private final IpIntel ips;

    public VpnRule(IpIntel ips) {
        this.ips = ips;
    }

    @Override
    public String id() {
        return "location";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        List<Finding> out = new ArrayList<>();
        for (SignatureMatch vpn : context.classification().vpns()) {
            if (vpn.weight() == SignatureWeight.GENERIC) {
                continue;
            }
            boolean dprk = vpn.weight() == SignatureWeight.DPRK_REPORTED;
            // never alone, though: Astrill is the VPN of DPRK IT-worker cases, and of expats in China
            out.add(Findings.of("location.vpn_client", dprk ? Severity.CRITICAL : Severity.LOW,
                            vpn.signatureName() + " VPN client" + (dprk ? ", named in DPRK IT-worker reporting" : ""))
                    .with("vpn", vpn.signatureId()).with("signature", vpn.toEvidenceMap()).build());
        }
        int exits = 0;
        TreeSet<String> kinds = new TreeSet<>();
        TreeSet<String> networks = new TreeSet<>();
        for (DeviceSnapshot s : context.history()) {
            IpFacts facts = ips.lookup(s.observedIp());
            if (facts.vpnOrHosting()) {
                exits++;
                kinds.add(facts.exitKind());
                networks.add("AS" + facts.asn().number() + " " + facts.asn().organization());
            }
        }
        if (exits > 0) {
            out.add(Findings.of("location.vpn_exit", Severity.LOW,
                            "the laptop connects through VPN or hosting networks (" + String.join(", ", kinds) + ")")
                    .with("checkIns", exits).with("ofCheckIns", context.history().size())
                    .with("networks", networks.stream().limit(5).toList()).build());
        }
        return out;
    }
}
