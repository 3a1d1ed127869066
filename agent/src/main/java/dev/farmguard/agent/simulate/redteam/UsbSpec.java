package dev.farmguard.agent.simulate.redteam;

import java.util.List;

/**
 * A USB device as its descriptors define it, before an OS reports it ({@link OsTraits#usb} turns it into the
 * record the agent's reader on that OS produces).
 *
 * @param interfaces class, subclass, protocol triples
 */
record UsbSpec(int vendorId, int productId, String manufacturer, String product, String serial, int deviceClass,
    List<int[]> interfaces, boolean absolutePointer, int speedMbps, String scsiVendor, String scsiProduct) {

  static final int[] HID_KEYBOARD = {3, 1, 1};
  static final int[] HID_BOOT_MOUSE = {3, 1, 2};
  static final int[] HID_OTHER = {3, 0, 0};
  static final int[] MASS_STORAGE = {8, 6, 80};
  static final int[] CDC_ECM = {2, 6, 0};
  static final int[] CDC_DATA = {10, 0, 0};
  static final int[] RNDIS = {0xE0, 1, 3};
  static final int[] AUDIO_CONTROL = {1, 1, 0};
  static final int[] AUDIO_STREAM = {1, 2, 0};
  static final int[] VIDEO_CONTROL = {14, 1, 0};
  static final int[] VIDEO_STREAM = {14, 2, 0};
  static final int[] WIRELESS = {0xE0, 1, 1};
  static final int[] VENDOR = {0xFF, 0, 0};
  static final int[] HUB = {9, 0, 0};

  static UsbSpec of(int vid, int pid, String manufacturer, String product, String serial, int speed, int[]... ifs) {
    return new UsbSpec(vid, pid, manufacturer, product, serial, 0, List.of(ifs), false, speed, "",
        "");
  }

  UsbSpec absolute() {
    return new UsbSpec(vendorId, productId, manufacturer, product, serial, deviceClass, interfaces, true, speedMbps,
        scsiVendor, scsiProduct);
  }

  UsbSpec scsi(String vendor, String product) {
    return new UsbSpec(vendorId, productId, manufacturer, this.product, serial, deviceClass, interfaces,
        absolutePointer, speedMbps, vendor, product);
  }

  UsbSpec deviceClass(int cls) {
    return new UsbSpec(vendorId, productId, manufacturer, product, serial, cls, interfaces, absolutePointer, speedMbps,
        scsiVendor, scsiProduct);
  }

  boolean hasHid() {
    return interfaces.stream().anyMatch(i -> i[0] == 3);
  }
}
