package dev.farmguard.agent.simulate.redteam;

import static dev.farmguard.agent.simulate.redteam.UsbSpec.*;

import dev.farmguard.agent.simulate.EdidBuilder;
import dev.farmguard.agent.simulate.Rng;

/**
 * What gets plugged into laptops, with the identities the devices present. IP-KVM identities are those of
 * SIGNALS.md section 2 (from each project's firmware); the rest are common products of each kind.
 */
final class Peripherals {

  private Peripherals() {}

  // ---- on every desk
  static UsbSpec unifyingReceiver() {
    return UsbSpec.of(0x046d, 0xc52b, "Logitech", "USB Receiver", "", 12, HID_KEYBOARD, HID_BOOT_MOUSE, HID_OTHER);
  }

  static UsbSpec boltReceiver() {
    return UsbSpec.of(0x046d, 0xc548, "Logitech", "USB Receiver", "", 12, HID_KEYBOARD, HID_BOOT_MOUSE, HID_OTHER);
  }

  static UsbSpec wiredKeyboard() {
    return UsbSpec.of(0x045e, 0x07f8, "Microsoft", "Wired Keyboard 600", "", 1, HID_KEYBOARD, HID_OTHER);
  }

  static UsbSpec opticalMouse() {
    return UsbSpec.of(0x046d, 0xc077, "Logitech", "USB Optical Mouse", "", 1, HID_BOOT_MOUSE);
  }

  static UsbSpec headset(Rng r) {
    return UsbSpec.of(0x0b0e, 0x24b2, "Jabra", "Jabra Evolve2 65", r.hex(12), 12, AUDIO_CONTROL, AUDIO_STREAM,
        AUDIO_STREAM, HID_OTHER);
  }

  static UsbSpec[] dock(Rng r) {
    UsbSpec hub = UsbSpec.of(0x2109, 0x0817, "VIA Labs, Inc.", "USB3.0 Hub", "", 5000, HUB).deviceClass(9);
    UsbSpec lan = UsbSpec.of(0x0bda, 0x8153, "Realtek", "USB 10/100/1000 LAN", "0000" + r.hex(8), 5000, VENDOR,
        CDC_ECM, CDC_DATA);
    UsbSpec audio = UsbSpec.of(0x0bda, 0x402e, "Generic", "USB Audio", "", 480, AUDIO_CONTROL, AUDIO_STREAM, HID_OTHER);
    return new UsbSpec[] {hub, lan, audio};
  }

  // ---- built into the laptop (reported as USB on Windows and Linux)
  static UsbSpec camera() {
    return UsbSpec.of(0x04f2, 0xb6dd, "Chicony Electronics Co.,Ltd.", "Integrated Camera", "0001", 480, VIDEO_CONTROL,
        VIDEO_STREAM).deviceClass(0xEF);
  }

  static UsbSpec bluetooth() {
    return UsbSpec.of(0x8087, 0x0033, "", "", "", 12, WIRELESS, WIRELESS).deviceClass(0xE0);
  }

  // ---- look-alikes
  static UsbSpec piGadget(Rng r) {
    return UsbSpec.of(0x1d6b, 0x0104, "Raspberry Pi", "Pi Zero 2 W Gadget", "fedcba9876543210", 480, HID_KEYBOARD,
        CDC_ECM, CDC_DATA, MASS_STORAGE).scsi("Linux", "File-Stor Gadget");
  }

  static UsbSpec drawingTablet(Rng r) {
    return r.chance(0.5)
        ? UsbSpec.of(0x056a, 0x0374, "Wacom Co.,Ltd.", "Intuos S", "8BQ0" + r.hex(6), 12, HID_OTHER, HID_OTHER).absolute()
        : UsbSpec.of(0x28bd, 0x0913, "UGTABLET", "Deco mini7", "", 12, HID_OTHER, HID_BOOT_MOUSE, HID_KEYBOARD).absolute();
  }

  static UsbSpec clicker(Rng r) {
    return r.chance(0.5)
        ? UsbSpec.of(0x046d, 0xc53e, "Logitech", "USB Receiver", "", 12, HID_KEYBOARD, HID_OTHER, HID_OTHER).absolute()
        : UsbSpec.of(0x047d, 0x80d5, "Kensington", "Wireless Presenter", "", 12, HID_KEYBOARD, HID_BOOT_MOUSE);
  }

  // ---- farm hardware
  /** Hardware jigglers sold online, and DIY ones on microcontroller boards. */
  static UsbSpec hardwareJiggler(Rng r) {
    return switch (r.nextInt(3)) {
      case 0 -> UsbSpec.of(0x2e8a, 0x000a, "Raspberry Pi", "Pico", "E6616407E3" + r.hex(6), 12, HID_BOOT_MOUSE);
      case 1 -> UsbSpec.of(0x16d0, 0x0753, "digistump.com", "DigiMouse", "", 1, HID_BOOT_MOUSE);
      default -> UsbSpec.of(0x1c4f, 0x0034, "SIGMACHIP", "USB Mouse", "", 1, HID_BOOT_MOUSE);
    };
  }

  /** One IP-KVM: its USB gadget and the EDID its HDMI receiver presents. */
  record Kvm(String model, UsbSpec usb, byte[] edid) {}

  static Kvm defaultKvm(Rng r) {
    return switch (r.nextInt(6)) {
      case 0 -> new Kvm("pikvm-v4", pikvmUsb(), new EdidBuilder("LNX", 0x7773).monitorName("PiKVM V4 Plus")
          .serialText("CAFEBABE").manufactured(35, 2016).sizeCm(53, 30).build());
      case 1 -> new Kvm("pikvm-v3", pikvmUsb(), new EdidBuilder("LNX", 0x7771).monitorName("PiKVM V3")
          .serialText("CAFEBABE").manufactured(35, 2016).sizeCm(53, 30).build());
      case 2 -> new Kvm("pikvm-tc358743", pikvmUsb(), bridgeEdid(0x8888, "Toshiba-H2C", 28, 2011));
      case 3 -> new Kvm("tinypilot", UsbSpec.of(0x1d6b, 0x0104, "tinypilot", "Multifunction USB Device",
          "6b65796d696d6570690", 480, HID_KEYBOARD, HID_OTHER).absolute(), bridgeEdid(0x9876, "TinyPilot", 45, 2020));
      case 4 -> new Kvm("jetkvm", UsbSpec.of(0x1d6b, 0x0104, "JetKVM", "JetKVM USB Emulation Device", "", 480,
          HID_KEYBOARD, HID_OTHER, HID_BOOT_MOUSE, MASS_STORAGE).absolute().scsi("Linux", "File-Stor Gadget"),
          bridgeEdid(0x8801, "T749-fHD720", 28, 2011));
      default -> new Kvm("nanokvm", UsbSpec.of(0x3346, 0x1009, "sipeed", "NanoKVM", "0123456789ABCDEF", 480,
          HID_KEYBOARD, HID_OTHER, RNDIS, CDC_DATA).absolute(), new EdidBuilder("SPD", 0x3301).monitorName("NanoKVM")
          .serialText("NanoKVM").sizeCm(48, 27).build());
    };
  }

  /** An operator who renamed the gadget and, on some, copied a real monitor's EDID (PiKVM V4 Plus can). */
  static Kvm renamedKvm(Rng r) {
    UsbSpec usb = switch (r.nextInt(3)) {
      case 0 -> UsbSpec.of(0x1d6b, 0x0104, "Dell", "Dell KB216 Wired Keyboard", "", 480, HID_KEYBOARD, HID_OTHER,
          HID_BOOT_MOUSE, MASS_STORAGE).absolute().scsi("Linux", "File-Stor Gadget");
      case 1 -> UsbSpec.of(0x046d, 0xc52b, "Logitech", "USB Receiver", "", 12, HID_KEYBOARD, HID_OTHER,
          HID_BOOT_MOUSE).absolute();
      default -> UsbSpec.of(0x413c, 0x2113, "DELL", "Dell KB216 Wired Keyboard", "", 12, HID_KEYBOARD, HID_OTHER)
          .absolute();
    };
    byte[] edid = r.chance(0.5) ? Monitors.office(r).edid()
        : new EdidBuilder("TSB", 0x8888).monitorName("DELL U2720Q").serialNumber(0x88888800L).manufactured(28, 2011)
            .sizeCm(0, 0).build();
    return new Kvm("renamed", usb, edid);
  }

  private static UsbSpec pikvmUsb() {
    return UsbSpec.of(0x1d6b, 0x0104, "PiKVM", "PiKVM Composite Device", "CAFEBABE", 480, HID_KEYBOARD, HID_OTHER,
        HID_BOOT_MOUSE, MASS_STORAGE).absolute().scsi("PiKVM", "Optical Drive");
  }

  private static byte[] bridgeEdid(int product, String name, int week, int year) {
    return new EdidBuilder("TSB", product).monitorName(name).serialNumber(0x88888800L).manufactured(week, year)
        .sizeCm(0, 0).build();
  }
}
