package dev.farmguard.agent.simulate;

import static dev.farmguard.agent.simulate.UsbCatalog.CDC_DATA;
import static dev.farmguard.agent.simulate.UsbCatalog.HID_BOOT_MOUSE;
import static dev.farmguard.agent.simulate.UsbCatalog.HID_KEYBOARD;
import static dev.farmguard.agent.simulate.UsbCatalog.HID_REPORT;
import static dev.farmguard.agent.simulate.UsbCatalog.MASS_STORAGE;
import static dev.farmguard.agent.simulate.UsbCatalog.RNDIS;
import static dev.farmguard.agent.simulate.UsbCatalog.device;

import dev.farmguard.proto.v1.UsbDevice;

/**
 * The IP-KVM identities documented in SIGNALS.md section 2 (PiKVM, TinyPilot, JetKVM, Sipeed
 * NanoKVM), and renamed variants in which the strings, USB ids and EDID name change but the
 * composite keyboard + absolute pointer (+ virtual drive) and the 0x0 cm EDID remain.
 */
final class KvmDevices {

  /** Default-identity models, chosen per farm. */
  static final String[] DEFAULT_MODELS = {"pikvm-v3", "pikvm-v4mini", "pikvm-v4plus", "pikvm-tc358743", "tinypilot",
      "jetkvm", "nanokvm"};

  private static final int PIKVM_SERIAL_EDID_WEEK = 35;

  private KvmDevices() {}

  /** A KVM with its factory identity. */
  static KvmModel byDefault(String model) {
    return switch (model) {
      case "pikvm-v3" -> pikvm(model, pikvmEdid(0x7771, "PiKVM V3"));
      case "pikvm-v4mini" -> pikvm(model, pikvmEdid(0x7772, "PiKVM V4 Mini"));
      case "pikvm-v4plus" -> pikvm(model, pikvmEdid(0x7773, "PiKVM V4 Plus"));
      case "pikvm-tc358743" -> pikvm(model, new EdidBuilder("TSB", 0x8888).serialNumber(0x88888800L)
          .manufactured(28, 2011).sizeCm(0, 0).version13().monitorName("Toshiba-H2C")
          .rangeLimits(59, 61, 15, 46, 150).build());
      case "tinypilot" -> new KvmModel(model,
          device(0x1d6b, 0x0104, "tinypilot", "Multifunction USB Device", "6b65796d696d6570690", 480,
              HID_KEYBOARD, HID_REPORT).setAbsolutePointer(true).build(),
          new EdidBuilder("TSB", 0x9876).serialNumber(0x88888800L).manufactured(45, 2020).sizeCm(0, 0).version13()
              .monitorName("TinyPilot").rangeLimits(59, 61, 15, 46, 160).build(), 1920, 1080);
      case "jetkvm" -> new KvmModel(model,
          device(0x1d6b, 0x0104, "JetKVM", "JetKVM USB Emulation Device", "", 480,
              HID_KEYBOARD, HID_REPORT, HID_BOOT_MOUSE, MASS_STORAGE).setAbsolutePointer(true).build(),
          new EdidBuilder("TSB", 0x8801).serialNumber(0x88888800L).manufactured(28, 2011).sizeCm(0, 0).version13()
              .preferredMode(1280, 720).monitorName("T749-fHD720").rangeLimits(59, 61, 15, 46, 150).build(), 1280, 720);
      case "nanokvm" -> new KvmModel(model,
          device(0x3346, 0x1009, "sipeed", "NanoKVM", "0123456789ABCDEF", 480,
              HID_KEYBOARD, HID_REPORT, RNDIS, CDC_DATA).setAbsolutePointer(true).build(),
          new EdidBuilder("SPD", 0x3301).serialText("NanoKVM").manufactured(1, 2024).sizeCm(48, 27)
              .monitorName("NanoKVM").rangeLimits().build(), 1920, 1080);
      default -> throw new IllegalArgumentException("unknown KVM model " + model);
    };
  }

  /**
   * The same hardware after the facilitator renamed it: USB ids and strings of an ordinary
   * peripheral, an EDID claiming a real monitor, but the gadget's interface set, the absolute
   * pointer and the 0x0 cm size stay. {@code variant} picks the disguise.
   */
  static KvmModel renamed(String model, int variant, boolean keepScsiVendor) {
    KvmModel original = byDefault(model);
    UsbDevice.Builder usb = original.usb().toBuilder();
    switch (variant % 3) {
      case 0 -> usb.setVendorId(0x1d6b).setProductId(0x0104).setManufacturer("Generic").setProduct("USB Composite Device")
          .setSerial("20240101");
      case 1 -> usb.setVendorId(0x046d).setProductId(0xc534).setManufacturer("Logitech").setProduct("USB Receiver")
          .setSerial("");
      default -> usb.setVendorId(0x413c).setProductId(0x2113).setManufacturer("Dell")
          .setProduct("Dell KB216 Wired Keyboard").setSerial("");
    }
    if (!usb.getScsiVendor().isEmpty() && !keepScsiVendor) {
      usb.setScsiVendor("Generic").setScsiProduct("Flash Disk");
    }
    byte[] edid = switch (variant % 3) {
      case 0 -> new EdidBuilder("DEL", 0xD0D9).serialNumber(0x88888800L).manufactured(12, 2019).sizeCm(0, 0)
          .monitorName("DELL P2419H").rangeLimits().build();
      case 1 -> new EdidBuilder("SAM", 0x1024).serialNumber(0x01010101L).manufactured(20, 2020).sizeCm(0, 0)
          .monitorName("S24R65x").rangeLimits().build();
      default -> new EdidBuilder("GSM", 0x5BC6).serialNumber(0).manufactured(1, 2020).sizeCm(0, 0)
          .monitorName("LG FHD").rangeLimits().build();
    };
    return new KvmModel(model + "-renamed-" + (variant % 3), usb.build(), edid, 1920, 1080);
  }

  private static KvmModel pikvm(String model, byte[] edid) {
    UsbDevice usb = device(0x1d6b, 0x0104, "PiKVM", "PiKVM Composite Device", "CAFEBABE", 480,
        HID_KEYBOARD, HID_REPORT, HID_BOOT_MOUSE, MASS_STORAGE)
        .setAbsolutePointer(true)
        .setScsiVendor("PiKVM")
        .setScsiProduct("Optical Drive")
        .build();
    return new KvmModel(model, usb, edid, 1920, 1080);
  }

  private static byte[] pikvmEdid(int productCode, String name) {
    return new EdidBuilder("LNX", productCode).serialText("CAFEBABE").manufactured(PIKVM_SERIAL_EDID_WEEK, 2016)
        .sizeCm(53, 30).version13().monitorName(name).rangeLimits(50, 75, 15, 82, 170).build();
  }
}
