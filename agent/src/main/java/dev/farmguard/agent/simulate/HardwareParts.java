package dev.farmguard.agent.simulate;

import com.google.protobuf.ByteString;
import dev.farmguard.proto.v1.Display;
import dev.farmguard.proto.v1.DisplayConnection;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.UsbDevice;
import java.util.Locale;

/** The USB devices and displays of a snapshot. */
final class HardwareParts {

  private HardwareParts() {}

  /** {@code unit} must be the same stream on every snapshot of the device (serials); {@code rng} varies. */
  static void addUsb(Snapshot.Builder s, DeviceProfile p, Situation at, Rng unit, Rng rng) {
    OsFamily os = p.machine().model().os();
    int port = 1;
    if (!p.machine().model().isMac()) {
      add(s, UsbCatalog.intelBluetooth(), os, port++);
      add(s, UsbCatalog.webcam(p.machine().model().vendor()), os, port++);
      if (p.machine().model().fingerprint()) {
        add(s, UsbCatalog.fingerprintReader(), os, port++);
      }
    }
    DeviceProfile.Desk desk = p.desk();
    boolean atDesk = at.deskMonitor() || at.atOffice();
    if (desk.yubikey()) {
      add(s, UsbCatalog.yubiKey(), os, port++);
    }
    if (desk.logitech() && (atDesk || at.site().kind() == Site.Kind.HOME)) {
      add(s, p.index() % 2 == 0 ? UsbCatalog.logitechReceiver() : UsbCatalog.logitechBolt(), os, port++);
    }
    if (at.atOffice()) {
      add(s, UsbCatalog.dellKeyboard(), os, port++);
      add(s, UsbCatalog.microsoftMouse(), os, port++);
    }
    if (desk.headset() && rng.chance(0.6)) {
      add(s, UsbCatalog.jabraHeadset(unit), os, port++);
    }
    if (desk.wacom() && at.site().kind() == Site.Kind.HOME) {
      add(s, UsbCatalog.wacomTablet(unit), os, port++);
    }
    if ((desk.dock() && at.deskMonitor()) || at.atOffice()) {
      add(s, UsbCatalog.dockEthernet(unit), os, port++);
    }
    if (at.gadgetAttached()) {
      add(s, UsbCatalog.raspberryPiGadget(desk.piGadget()), os, port++);
    }
    if (rng.chance(0.03)) {
      add(s, UsbCatalog.flashDrive(unit), os, port++);
    }
    DeviceProfile.FarmSetup farm = p.farm();
    if (farm != null) {
      if (p.traits().wired()) {
        add(s, UsbCatalog.dockEthernet(unit), os, port++);
      }
      if (farm.kvm() != null) {
        add(s, farm.kvm().usb().toBuilder(), os, port++);
      }
    }
  }

  private static void add(Snapshot.Builder s, UsbDevice.Builder d, OsFamily os, int port) {
    String location = switch (os) {
      case OS_FAMILY_LINUX -> "3-" + port;
      case OS_FAMILY_MACOS -> String.format(Locale.ROOT, "0x%08x", 0x01100000 + (port << 16));
      default -> String.format(Locale.ROOT, "USB\\VID_%04X&PID_%04X\\%s", d.getVendorId(), d.getProductId(),
          d.getSerial().isEmpty() ? "5&2A1B3C4D&0&" + port : d.getSerial());
    };
    s.addUsbDevices(d.setLocation(location));
  }

  static void addDisplays(Snapshot.Builder s, DeviceProfile p, Situation at) {
    OsFamily os = p.machine().model().os();
    DisplayModel panel = p.machine().panel();
    s.addDisplays(Display.newBuilder()
        .setEdid(ByteString.copyFrom(p.machine().panelEdid()))
        .setConnector(connector(os, true, 1))
        .setConnection(DisplayConnection.DISPLAY_CONNECTION_INTERNAL)
        .setConnected(true)
        .setActive(!at.lidClosed())
        .setWidthPx(at.lidClosed() ? 0 : panel.widthPx())
        .setHeightPx(at.lidClosed() ? 0 : panel.heightPx()));
    byte[] external = null;
    int w = 0;
    int h = 0;
    if (at.atOffice()) {
      external = p.desk().officeMonitorEdid();
      w = 2560;
      h = 1440;
    } else if (at.deskMonitor()) {
      external = p.desk().monitorEdid();
      w = p.desk().monitor().widthPx();
      h = p.desk().monitor().heightPx();
    } else if (p.farm() != null && p.farm().kvm() != null) {
      external = p.farm().kvm().edid();
      w = p.farm().kvm().widthPx();
      h = p.farm().kvm().heightPx();
    }
    if (external != null) {
      s.addDisplays(Display.newBuilder()
          .setEdid(ByteString.copyFrom(external))
          .setConnector(connector(os, false, 2))
          .setConnection(DisplayConnection.DISPLAY_CONNECTION_EXTERNAL)
          .setConnected(true)
          .setActive(true)
          .setWidthPx(w)
          .setHeightPx(h));
    }
    if (p.farm() != null && p.farm().rdp() && at.remoteSessionLive()) {
      s.addDisplays(Display.newBuilder()
          .setConnector("RDPUDD Chained DD")
          .setConnection(DisplayConnection.DISPLAY_CONNECTION_VIRTUAL)
          .setConnected(true)
          .setActive(true)
          .setWidthPx(1920)
          .setHeightPx(1080));
    }
  }

  private static String connector(OsFamily os, boolean internal, int n) {
    return switch (os) {
      case OS_FAMILY_LINUX -> internal ? "card1-eDP-1" : "card1-DP-" + (n - 1);
      case OS_FAMILY_MACOS -> internal ? "IOService:/AppleARMPE/dispext0" : "IOService:/AppleARMPE/dispext" + (n - 1);
      default -> "\\\\.\\DISPLAY" + n;
    };
  }
}
