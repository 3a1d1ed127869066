package dev.farmguard.agent.probe.display;

/** Where a display output leads. */
public enum DisplayConnectionKind {
    UNKNOWN,
    /** Built-in panel: eDP, LVDS, DSI. */
    INTERNAL,
    /** HDMI, DisplayPort, DVI, VGA, USB-C. */
    EXTERNAL,
    /** A virtual or remote-desktop display adapter. */
    VIRTUAL
}
