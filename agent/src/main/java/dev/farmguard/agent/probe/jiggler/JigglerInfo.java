package dev.farmguard.agent.probe.jiggler;

/**
 * A mouse jiggler seen on the device.
 *
 * @param matchedTool catalog id, e.g. "mouse-jiggler", or {@link #HID_SUSPECT} for a behaviour tell
 * @param kind        {@link #PROCESS}, {@link #INSTALL} or {@link #USB}
 * @param evidence    what matched: a process name, a path, "VID:PID product" of a USB device
 */
public record JigglerInfo(String matchedTool, String kind, String evidence) {

    public static final String PROCESS = "process";
    public static final String INSTALL = "install";
    public static final String USB = "usb";
    /** Not a catalog device, but a HID-only mouse built on a microcontroller jigglers are made of. */
    public static final String HID_SUSPECT = "hid-suspect";
}
