package dev.farmguard.agent.probe.session;

/** Whether a session is driven from the machine itself or over the network. */
public enum SessionKind {
    /** Physically local: a seat, the console, a local display. */
    CONSOLE,
    /** RDP, SSH, VNC, remote X. */
    REMOTE,
    UNKNOWN
}
