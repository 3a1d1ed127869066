package dev.farmguard.collector.classify;

import dev.farmguard.collector.catalog.VpnSignature;
import dev.farmguard.collector.model.Network;
import dev.farmguard.collector.model.RemoteAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds catalog VPN clients: processes, services and install paths among the reported traces, network adapters
 * by name or display name, and the agent's own VPN hints re-checked against the current catalog (a hint whose
 * evidence no longer matches anything is dropped).
 */
final class VpnMatcher {

    private record Compiled(VpnSignature signature, TraceMatcher traces, List<NamePattern> adapters) {}

    private final List<Compiled> vpns;

    VpnMatcher(List<VpnSignature> signatures) {
        this.vpns = signatures.stream().map(s -> new Compiled(s,
                new TraceMatcher(s.processNames(), s.serviceNames(), s.installPaths()),
                s.adapterNames().stream().map(NamePattern::of).toList())).toList();
    }

    List<SignatureMatch> match(Network network, RemoteAccess access) {
        List<SignatureMatch> out = new ArrayList<>();
        for (Compiled vpn : vpns) {
            List<Evidence> evidence = TraceMatcher.newList();
            vpn.traces().processes(access.processes(), evidence);
            vpn.traces().services(access.services(), evidence);
            vpn.traces().installs(access.installs(), evidence);
            for (Network.Interface i : network.interfaces()) {
                adapter(vpn, i.name()).or(() -> adapter(vpn, i.displayName())).ifPresent(m ->
                        TraceMatcher.add(evidence, EvidenceField.ADAPTER_NAME, describe(i), m));
            }
            for (Network.VpnClient hint : network.vpnClients()) {
                recheck(vpn, hint.evidence()).ifPresent(m -> TraceMatcher.add(evidence, EvidenceField.AGENT_VPN_HINT,
                        hint.evidence() + (hint.running() ? " (running)" : "") + " [agent said " + hint.matchedTool()
                                + "]", m));
            }
            if (!evidence.isEmpty()) {
                VpnSignature s = vpn.signature();
                out.add(new SignatureMatch(SignatureMatch.Category.VPN, s.id(), s.name(), s.weight(), s.sources(),
                        evidence));
            }
        }
        return out;
    }

    /** The agent's evidence names its kind ({@link AgentHint}): read it that way, or every way when it does not. */
    private static Optional<String> recheck(Compiled vpn, String hintEvidence) {
        AgentHint hint = AgentHint.parse(hintEvidence);
        return switch (hint.kind()) {
            case ADAPTER -> adapter(vpn, hint.value());
            case ANY -> hint.matchTraces(vpn.traces()).or(() -> adapter(vpn, hint.value()));
            default -> hint.matchTraces(vpn.traces());
        };
    }

    private static Optional<String> adapter(Compiled vpn, String name) {
        return vpn.adapters().stream().filter(a -> a.matches(name)).map(NamePattern::text).findFirst();
    }

    private static String describe(Network.Interface i) {
        String display = i.displayName() == null || i.displayName().isEmpty() || i.displayName().equals(i.name())
                ? "" : " \"" + i.displayName() + "\"";
        return i.name() + display + (i.up() ? " (up)" : " (down)");
    }
}
