package dev.farmguard.agent.probe.usb;

/** One interface of the active configuration: bInterfaceClass / SubClass / Protocol. */
public record UsbInterfaceInfo(int interfaceClass, int interfaceSubclass, int interfaceProtocol) {

    /** USB class code of HID interfaces. */
    public static final int CLASS_HID = 0x03;
    /** USB class code of mass-storage interfaces. */
    public static final int CLASS_MASS_STORAGE = 0x08;
}
