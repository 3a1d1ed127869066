package dev.farmguard.collector.classify;

import dev.farmguard.collector.catalog.JigglerSignature;
import dev.farmguard.collector.catalog.UsbMatch;
import dev.farmguard.collector.model.Jiggler;
import dev.farmguard.collector.model.RemoteAccess;
import dev.farmguard.collector.model.UsbDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds catalog jigglers: software by process or install path (in the remote-access traces or the agent's
 * jiggler observations, re-checked by the kind they name, {@link AgentHint}), hardware by USB identity. The agent's
 * behavioural "hid-suspect" observations (a HID-only board of a microcontroller vendor) match no catalog entry, so
 * they are never a match here; no rule reads them yet.
 */
final class JigglerMatcher {

    private static final Pattern VID_PID = Pattern.compile("\\b([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\\b");

    private record Compiled(JigglerSignature signature, TraceMatcher traces) {}

    private final List<Compiled> jigglers;

    JigglerMatcher(List<JigglerSignature> signatures) {
        this.jigglers = signatures.stream().map(s -> new Compiled(s,
                new TraceMatcher(s.processNames(), List.of(), s.installPaths()))).toList();
    }

    List<SignatureMatch> match(List<Jiggler> observations, List<UsbDevice> usbDevices, RemoteAccess access) {
        List<SignatureMatch> out = new ArrayList<>();
        for (Compiled jiggler : jigglers) {
            List<Evidence> evidence = TraceMatcher.newList();
            jiggler.traces().processes(access.processes(), evidence);
            jiggler.traces().installs(access.installs(), evidence);
            for (UsbDevice device : usbDevices) {
                for (UsbMatch m : jiggler.signature().usb()) {
                    UsbMatching.evidence(m, device).forEach(e ->
                            TraceMatcher.add(evidence, e.field(), e.observed(), e.matched()));
                }
            }
            for (Jiggler hint : observations) {
                recheck(jiggler, hint).ifPresent(m -> TraceMatcher.add(evidence, EvidenceField.AGENT_JIGGLER_HINT,
                        hint.kind() + " " + hint.evidence() + " [agent said " + hint.matchedTool() + "]", m));
            }
            if (!evidence.isEmpty()) {
                JigglerSignature s = jiggler.signature();
                out.add(new SignatureMatch(SignatureMatch.Category.JIGGLER, s.id(), s.name(), s.weight(),
                        s.sources(), evidence));
            }
        }
        return out;
    }

    private static Optional<String> recheck(Compiled jiggler, Jiggler observation) {
        AgentHint hint = AgentHint.of(observation.kind(), observation.evidence());
        if (hint.kind() != AgentHint.Kind.USB) {
            return hint.matchTraces(jiggler.traces());
        }
        Matcher m = VID_PID.matcher(hint.value());
        if (!m.find()) {
            return Optional.empty();
        }
        int vid = Integer.parseInt(m.group(1), 16);
        int pid = Integer.parseInt(m.group(2), 16);
        return jiggler.signature().usb().stream()
                .filter(u -> !u.requiresStrings() && u.vendorId() == vid
                        && (u.productId() == 0 || u.productId() == pid))
                .map(UsbMatch::vidPid).findFirst();
    }
}
