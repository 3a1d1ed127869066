package dev.farmguard.agent.probe.power;

/** Lid position, where the OS exposes it. */
public enum LidKind {
    OPEN,
    CLOSED,
    UNKNOWN
}
