package dev.farmguard.agent.probe.input;

import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;

/** Picks the input-activity reader for the platform. */
public final class InputProbes {

    private InputProbes() {
    }

    public static InputProbe create(ProbeContext context) {
        return switch (context.platform()) {
            default -> warnings -> {
                throw ProbeException.notSupported(InputProbe.FAMILY, context.platform());
            };
        };
    }
}
