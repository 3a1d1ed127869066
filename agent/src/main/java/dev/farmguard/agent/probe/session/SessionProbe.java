package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.probe.Probe;
import java.util.List;

/** Logged-in user sessions, console or remote. */
public interface SessionProbe extends Probe<List<SessionInfo>> {

    String FAMILY = "sessions";
}
