package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;

/** Picks the session reader for the platform. */
public final class SessionProbes {

    private SessionProbes() {
    }

    public static SessionProbe create(ProbeContext context) {
        return switch (context.platform()) {
            default -> warnings -> {
                throw ProbeException.notSupported(SessionProbe.FAMILY, context.platform());
            };
        };
    }
}
