package dev.farmguard.agent.probe.input;

import java.util.Optional;

/** The agent's own session and its last-input clock. Live: {@link JnaWindowsInput}. */
public interface WindowsInputSource {

    /** The Remote Desktop Services session the agent runs in (0 for a service), -1 if unknown. */
    int ownSessionId();

    /** {@code {GetTickCount(), LASTINPUTINFO.dwTime}} as read (32-bit millisecond ticks), empty if the call failed. */
    Optional<int[]> lastInputTicks();
}
