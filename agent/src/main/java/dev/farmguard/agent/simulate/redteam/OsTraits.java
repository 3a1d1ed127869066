package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.display.DisplayConnectionKind;
import dev.farmguard.agent.probe.display.DisplayInfo;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import dev.farmguard.agent.probe.usb.UsbInterfaceInfo;
import java.util.List;
import java.util.Locale;

/**
 * How each OS's agent reader reports the same hardware: USB locations and strings, display connectors, names of
 * network interfaces, keyboard layout and input method spellings (see agent/README.md, "Signals filled by the
 * agent", and each reader's fixture tests).
 */
final class OsTraits {

  private OsTraits() {}

  /** {@code port} numbers the device's place on the bus (0 = first port). */
  static UsbDeviceInfo usb(Platform os, UsbSpec d, int port) {
    List<UsbInterfaceInfo> ifs = d.interfaces().stream()
        .map(i -> new UsbInterfaceInfo(i[0], i[1], i[2])).toList();
    return switch (os) {
      case WINDOWS -> {
        // Windows keeps no iManufacturer without a HID function, no speed, and names the device by instance id
        String serial = d.serial().isEmpty() ? "" : d.serial();
        String instance = String.format(Locale.ROOT, "USB\\VID_%04X&PID_%04X\\%s", d.vendorId(), d.productId(),
            serial.isEmpty() ? "5&" + Integer.toHexString(0x1a2b3c4 + port * 7919) + "&0&" + (port + 1) : serial);
        int cls = ifs.size() > 1 ? d.deviceClass() : switch (d.deviceClass()) {
          case 0x02, 0x09, 0x11, 0xDC, 0xE0, 0xEF, 0xFF -> d.deviceClass();
          default -> 0;
        };
        yield new UsbDeviceInfo(d.vendorId(), d.productId(), d.hasHid() ? d.manufacturer() : "", d.product(),
            serial.contains("&") ? "" : serial, cls, ifs, d.absolutePointer(), instance, 0, d.scsiVendor(),
            d.scsiProduct());
      }
      case MACOS -> new UsbDeviceInfo(d.vendorId(), d.productId(), d.manufacturer(), d.product(), d.serial(),
          d.deviceClass(), ifs, d.absolutePointer(), String.format(Locale.ROOT, "0x%08x", 0x01100000 + (port + 1) * 0x1000),
          d.speedMbps(), d.scsiVendor(), d.scsiProduct());
      default -> new UsbDeviceInfo(d.vendorId(), d.productId(), d.manufacturer(), d.product(), d.serial(),
          d.deviceClass(), ifs, d.absolutePointer(), port < 4 ? "3-" + (port + 1) : "3-4." + (port - 3), d.speedMbps(),
          d.scsiVendor(), d.scsiProduct());
    };
  }

  /** An internal panel (index 0 or 1) or an external display (index 0..). */
  static DisplayInfo display(Platform os, Monitors.Monitor m, boolean internal, int index, boolean active) {
    return switch (os) {
      case WINDOWS -> {
        String pnp = pnpId(m.edid());
        String connector = String.format(Locale.ROOT, "DISPLAY\\%s%04X\\%d&%s&0&UID%d", pnp, productCode(m.edid()),
            internal ? 4 : 5, Integer.toHexString(0x1c1d4b1e + index), internal ? 265988 + index : 4357 + index);
        yield new DisplayInfo(m.edid(), connector, internal ? DisplayConnectionKind.INTERNAL
            : DisplayConnectionKind.EXTERNAL, true, active, active ? m.widthPx() : 0, active ? m.heightPx() : 0);
      }
      case MACOS -> {
        // Apple silicon built-in panels carry no EDID the agent can read
        byte[] edid = internal ? new byte[0] : m.edid();
        String connector = internal ? "IOService:/AppleARMPE/arm-io@10F00000/AppleT811xIO/disp0@30000000"
            : "IOService:/AppleARMPE/arm-io@10F00000/AppleT811xIO/dispext" + index + "@38000000";
        yield new DisplayInfo(edid, connector, internal ? DisplayConnectionKind.INTERNAL
            : DisplayConnectionKind.EXTERNAL, true, active, active ? m.widthPx() : 0, active ? m.heightPx() : 0);
      }
      default -> new DisplayInfo(m.edid(), internal ? "card1-eDP-" + (index + 1)
          : (index == 0 ? "card1-HDMI-A-1" : "card1-DP-" + index), internal ? DisplayConnectionKind.INTERNAL
          : DisplayConnectionKind.EXTERNAL, true, active, 0, 0);
    };
  }

  static String wifiInterface(Platform os) {
    return switch (os) {
      case WINDOWS -> "Wi-Fi";
      case MACOS -> "en0";
      default -> "wlp0s20f3";
    };
  }

  static String wifiDisplayName(Platform os) {
    return switch (os) {
      case WINDOWS -> "Intel(R) Wi-Fi 6E AX211 160MHz";
      case MACOS -> "Wi-Fi";
      default -> "";
    };
  }

  static String dockInterface(Platform os, String mac) {
    return switch (os) {
      case WINDOWS -> "Ethernet 2";
      case MACOS -> "en7";
      default -> "enx" + mac.replace(":", "");
    };
  }

  static String dockDisplayName(Platform os) {
    return switch (os) {
      case WINDOWS -> "Realtek USB GbE Family Controller";
      case MACOS -> "USB 10/100/1000 LAN";
      default -> "";
    };
  }

  /** Keyboard layouts as each OS's locale reader spells them, for a language code. */
  static List<String> layouts(Platform os, String language) {
    return switch (os) {
      case WINDOWS -> switch (language) {
        case "ko" -> List.of("00000409", "00000412");
        case "zh" -> List.of("00000409", "00000804");
        case "ru" -> List.of("00000409", "00000419");
        case "es" -> List.of("00000409", "0000080a");
        default -> List.of("00000409");
      };
      case MACOS -> switch (language) {
        case "ru" -> List.of("ABC", "RussianWin");
        case "es" -> List.of("U.S.", "Spanish - ISO");
        default -> List.of(language.equals("en") ? "U.S." : "ABC");
      };
      default -> switch (language) {
        case "ko" -> List.of("us", "kr+kr104");
        case "zh" -> List.of("us", "cn");
        case "ru" -> List.of("us", "ru");
        case "es" -> List.of("us", "latam");
        default -> List.of("us");
      };
    };
  }

  /** Input methods (IMEs) for a language code, as each OS's locale reader spells them. */
  static List<String> inputMethods(Platform os, String language) {
    return switch (language) {
      case "ko" -> switch (os) {
        case WINDOWS -> List.of("0412:{A028AE76-01B1-46C2-99C4-ACD9858AE02F}{B5FE1F02-D5F2-4445-9C03-C568F23C99A1}");
        case MACOS -> List.of("com.apple.inputmethod.Korean", "com.apple.inputmethod.Korean.2SetKorean");
        default -> List.of("ibus:hangul");
      };
      case "zh" -> switch (os) {
        case WINDOWS -> List.of("0804:{81D4E9C9-1D3B-41BC-9E6C-4B40BF79E35E}{FA550B04-5AD7-411F-A5AC-CA038EC515D7}");
        case MACOS -> List.of("com.apple.inputmethod.SCIM", "com.apple.inputmethod.SCIM.ITABC");
        default -> List.of("fcitx5:pinyin");
      };
      default -> List.of();
    };
  }

  private static String pnpId(byte[] edid) {
    int v = ((edid[8] & 0xFF) << 8) | (edid[9] & 0xFF);
    return "" + (char) ('A' - 1 + ((v >> 10) & 31)) + (char) ('A' - 1 + ((v >> 5) & 31)) + (char) ('A' - 1 + (v & 31));
  }

  private static int productCode(byte[] edid) {
    return (edid[10] & 0xFF) | ((edid[11] & 0xFF) << 8);
  }
}
