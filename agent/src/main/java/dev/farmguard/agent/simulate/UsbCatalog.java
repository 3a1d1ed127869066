package dev.farmguard.agent.simulate;

import dev.farmguard.proto.v1.UsbDevice;
import dev.farmguard.proto.v1.UsbInterface;

/** USB devices found on simulated laptops: built-in functions, desk peripherals and hobby gadgets. */
final class UsbCatalog {

  static final int[] HID_KEYBOARD = {3, 1, 1};
  static final int[] HID_BOOT_MOUSE = {3, 1, 2};
  static final int[] HID_REPORT = {3, 0, 0};
  static final int[] MASS_STORAGE = {8, 6, 0x50};
  static final int[] CDC_ECM = {2, 6, 0};
  static final int[] CDC_ACM = {2, 2, 1};
  static final int[] CDC_DATA = {0x0A, 0, 0};
  static final int[] RNDIS = {0xE0, 1, 3};
  static final int[] VENDOR = {0xFF, 0xFF, 0};
  static final int[] VIDEO_CONTROL = {0x0E, 1, 0};
  static final int[] VIDEO_STREAM = {0x0E, 2, 0};
  static final int[] AUDIO_CONTROL = {1, 1, 0};
  static final int[] AUDIO_STREAM = {1, 2, 0};
  static final int[] BLUETOOTH = {0xE0, 1, 1};
  static final int[] SMART_CARD = {0x0B, 0, 0};

  private UsbCatalog() {}

  /** A device with its descriptor strings and interface (class, subclass, protocol) triples. */
  static UsbDevice.Builder device(int vid, int pid, String manufacturer, String product, String serial,
      int speedMbps, int[]... interfaces) {
    UsbDevice.Builder b = UsbDevice.newBuilder()
        .setVendorId(vid)
        .setProductId(pid)
        .setManufacturer(manufacturer)
        .setProduct(product)
        .setSerial(serial)
        .setSpeedMbps(speedMbps);
    for (int[] i : interfaces) {
      b.addInterfaces(UsbInterface.newBuilder().setInterfaceClass(i[0]).setInterfaceSubclass(i[1]).setInterfaceProtocol(i[2]));
    }
    return b;
  }

  static UsbDevice.Builder intelBluetooth() {
    return device(0x8087, 0x0033, "", "", "", 12, BLUETOOTH, BLUETOOTH).setDeviceClass(0xE0);
  }

  static UsbDevice.Builder webcam(String vendor) {
    return switch (vendor) {
      case "Dell Inc." -> device(0x0c45, 0x6730, "CN0HK5F6LOG0041BB1W7A00", "Integrated_Webcam_FHD", "", 480,
          VIDEO_CONTROL, VIDEO_STREAM).setDeviceClass(0xEF);
      case "HP" -> device(0x30c9, 0x0069, "Luxvisions Innotech Limited", "HP 5MP Camera", "0001", 480,
          VIDEO_CONTROL, VIDEO_STREAM).setDeviceClass(0xEF);
      default -> device(0x04f2, 0xb7b6, "Chicony Electronics Co.,Ltd.", "Integrated Camera", "0001", 480,
          VIDEO_CONTROL, VIDEO_STREAM).setDeviceClass(0xEF);
    };
  }

  static UsbDevice.Builder fingerprintReader() {
    return device(0x06cb, 0x00fc, "", "", "", 12, VENDOR).setDeviceClass(0xFF);
  }

  static UsbDevice.Builder logitechReceiver() {
    return device(0x046d, 0xc52b, "Logitech", "USB Receiver", "", 12, HID_KEYBOARD, HID_BOOT_MOUSE, HID_REPORT);
  }

  static UsbDevice.Builder logitechBolt() {
    return device(0x046d, 0xc548, "Logitech", "USB Receiver", "", 12, HID_KEYBOARD, HID_BOOT_MOUSE, HID_REPORT);
  }

  static UsbDevice.Builder dellKeyboard() {
    return device(0x413c, 0x2113, "Dell", "Dell KB216 Wired Keyboard", "", 1, HID_KEYBOARD, HID_REPORT);
  }

  static UsbDevice.Builder microsoftMouse() {
    return device(0x045e, 0x0823, "Microsoft", "Microsoft® Classic IntelliMouse®", "", 12, HID_BOOT_MOUSE);
  }

  static UsbDevice.Builder jabraHeadset(Rng rng) {
    return device(0x0b0e, 0x24c8, "GN Audio A/S", "Jabra Evolve2 65", rng.hex(12), 12,
        AUDIO_CONTROL, AUDIO_STREAM, AUDIO_STREAM, HID_REPORT);
  }

  static UsbDevice.Builder yubiKey() {
    return device(0x1050, 0x0407, "Yubico", "YubiKey OTP+FIDO+CCID", "", 12, HID_KEYBOARD, HID_REPORT, SMART_CARD);
  }

  /** A drawing tablet: an absolute pointer on an ordinary desk. */
  static UsbDevice.Builder wacomTablet(Rng rng) {
    return device(0x056a, 0x0374, "Wacom Co.,Ltd.", "Intuos S", rng.alnum(12), 12, HID_REPORT, HID_REPORT)
        .setAbsolutePointer(true);
  }

  /** The Ethernet function of USB-C docks and dongles. */
  static UsbDevice.Builder dockEthernet(Rng rng) {
    return device(0x0bda, 0x8153, "Realtek", "USB 10/100/1000 LAN", "00" + rng.hex(10), 5000, VENDOR, CDC_ECM, CDC_DATA);
  }

  static UsbDevice.Builder flashDrive(Rng rng) {
    return device(0x0781, 0x5581, "SanDisk", "Ultra", rng.digits(20), 5000, MASS_STORAGE)
        .setScsiVendor("SanDisk")
        .setScsiProduct("Ultra");
  }

  /**
   * A Raspberry Pi in USB gadget mode on a developer's desk: the default Linux Foundation
   * 1d6b:0104 with hobby strings, but network/serial/storage or a plain keyboard, never the
   * keyboard + absolute pointer + virtual drive combination of an IP-KVM.
   */
  static UsbDevice.Builder raspberryPiGadget(int variant) {
    return switch (variant % 3) {
      case 0 -> device(0x1d6b, 0x0104, "Linux 6.6.31+rpt-rpi-v8 with 3f980000.usb", "Multifunction Composite Gadget",
          "", 480, RNDIS, CDC_DATA, CDC_ACM, CDC_DATA, MASS_STORAGE)
          .setScsiVendor("Linux")
          .setScsiProduct("File-Stor Gadget");
      case 1 -> device(0x1d6b, 0x0104, "Raspberry Pi", "Pi Zero Gadget", "fedcba9876543210", 480,
          CDC_ECM, CDC_DATA, CDC_ACM, CDC_DATA);
      default -> device(0x1d6b, 0x0104, "Raspberry Pi", "Pi Zero Keyboard", "fedcba9876543210", 480, HID_KEYBOARD);
    };
  }
}
