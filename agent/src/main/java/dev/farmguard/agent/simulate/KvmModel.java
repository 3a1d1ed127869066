package dev.farmguard.agent.simulate;

import dev.farmguard.proto.v1.UsbDevice;

/**
 * An IP-KVM as the laptop sees it: a USB composite gadget and the EDID its HDMI capture presents.
 *
 * @param id short name used in ground-truth notes, e.g. "pikvm-v3", "tinypilot-renamed"
 * @param usb the gadget (descriptor strings, interfaces, SCSI inquiry)
 * @param edid the EDID presented to the laptop's HDMI output
 * @param widthPx mode the laptop drives
 * @param heightPx mode height
 */
record KvmModel(String id, UsbDevice usb, byte[] edid, int widthPx, int heightPx) {}
