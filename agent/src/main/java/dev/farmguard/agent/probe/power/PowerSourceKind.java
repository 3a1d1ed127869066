package dev.farmguard.agent.probe.power;

/** What the device runs on. */
public enum PowerSourceKind {
    AC,
    BATTERY,
    UNKNOWN
}
