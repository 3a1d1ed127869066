package dev.farmguard.agent.probe.identity;

/** What kind of box the device is; laptop vs desktop matters for the headless rules. */
public enum ChassisKind {
    UNKNOWN,
    /** Laptop, notebook, convertible, detachable, tablet. */
    LAPTOP,
    /** Desktop, tower, all-in-one, mini PC. */
    DESKTOP,
    SERVER,
    /** A virtual machine. */
    VIRTUAL,
    OTHER
}
