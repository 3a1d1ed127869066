package dev.farmguard.agent.probe.jiggler;

import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;

/** Picks the jiggler reader for the platform. */
public final class JigglerProbes {

    private JigglerProbes() {
    }

    public static JigglerProbe create(ProbeContext context) {
        return switch (context.platform()) {
            default -> warnings -> {
                throw ProbeException.notSupported(JigglerProbe.FAMILY, context.platform());
            };
        };
    }
}
