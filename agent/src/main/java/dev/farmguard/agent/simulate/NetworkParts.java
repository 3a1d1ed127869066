package dev.farmguard.agent.simulate;

import dev.farmguard.proto.v1.Gateway;
import dev.farmguard.proto.v1.InterfaceType;
import dev.farmguard.proto.v1.Network;
import dev.farmguard.proto.v1.NetworkInterface;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.VpnClient;
import dev.farmguard.proto.v1.WifiAccessPoint;
import dev.farmguard.proto.v1.WifiConnection;
import java.util.Locale;

/** Interfaces, default gateway, Wi-Fi and VPN clients of a snapshot. */
final class NetworkParts {

  private NetworkParts() {}

  /** The device's LAN address on its current site. */
  static String lanAddress(DeviceProfile p, Situation at) {
    int host = at.site().kind() == Site.Kind.HOME ? 20 + p.slotInGroup() % 200 : 20 + Math.floorMod(p.index() * 7, 230);
    return at.site().lanPrefix() + host;
  }

  static void add(Snapshot.Builder s, DeviceProfile p, Situation at, Rng rng) {
    OsFamily os = p.machine().model().os();
    Site site = at.site();
    Network.Builder n = Network.newBuilder();
    String lan = lanAddress(p, at);
    boolean wired = (p.farm() != null && p.traits().wired()) || at.atOffice()
        || (p.desk().dock() && at.deskMonitor());
    String wifiName = switch (os) {
      case OS_FAMILY_MACOS -> "en0";
      case OS_FAMILY_LINUX -> "wlp0s20f3";
      default -> "Wi-Fi";
    };
    String ethName = switch (os) {
      case OS_FAMILY_MACOS -> "en7";
      case OS_FAMILY_LINUX -> "enx" + p.machine().ethernetMac().replace(":", "");
      default -> "Ethernet 2";
    };
    String linkLocal = String.format(Locale.ROOT, "fe80::%x:%x:%x:%x", (p.machine().interfaceId() >>> 48) & 0xFFFF,
        (p.machine().interfaceId() >>> 32) & 0xFFFF, (p.machine().interfaceId() >>> 16) & 0xFFFF,
        p.machine().interfaceId() & 0xFFFF);
    NetworkInterface.Builder wifi = NetworkInterface.newBuilder().setName(wifiName)
        .setDisplayName(os == OsFamily.OS_FAMILY_WINDOWS ? "Intel(R) Wi-Fi 6E AX211 160MHz" : wifiName)
        .setMac(p.machine().wifiMac()).setType(InterfaceType.INTERFACE_TYPE_WIFI).setUp(true)
        .addIpv6Addresses(linkLocal);
    if (!wired) {
      wifi.addIpv4Addresses(lan).setSpeedBps(1_201_000_000L);
    }
    if (os != OsFamily.OS_FAMILY_WINDOWS) {
      n.addInterfaces(NetworkInterface.newBuilder().setName(os == OsFamily.OS_FAMILY_MACOS ? "lo0" : "lo")
          .setType(InterfaceType.INTERFACE_TYPE_LOOPBACK).setUp(true).addIpv4Addresses("127.0.0.1").addIpv6Addresses("::1"));
    }
    n.addInterfaces(wifi);
    if (wired) {
      n.addInterfaces(NetworkInterface.newBuilder().setName(ethName)
          .setDisplayName(os == OsFamily.OS_FAMILY_WINDOWS ? "Realtek USB GbE Family Controller" : ethName)
          .setMac(p.machine().ethernetMac()).setType(InterfaceType.INTERFACE_TYPE_ETHERNET).setUp(true)
          .addIpv4Addresses(lan).setSpeedBps(1_000_000_000L));
    }
    if (at.vpnTool() != null) {
      n.addInterfaces(NetworkInterface.newBuilder().setName(tunnelName(at.vpnTool(), os))
          .setDisplayName(os == OsFamily.OS_FAMILY_WINDOWS && at.vpnTool().equals("astrill") ? "TAP-Windows Adapter V9"
              : tunnelName(at.vpnTool(), os))
          .setType(InterfaceType.INTERFACE_TYPE_TUNNEL).setUp(true)
          .addIpv4Addresses("10." + (100 + Math.floorMod(p.index(), 100)) + "." + rng.between(0, 255) + "." + rng.between(2, 254)));
    }
    n.addGateways(Gateway.newBuilder().setIp(site.gatewayIp()).setMac(site.gatewayMac())
        .setInterfaceName(wired ? ethName : wifiName));
    String bssid = site.bssidFor(p.index());
    int joinedSignal = -rng.between(38, 62);
    if (!wired) {
      n.setWifi(WifiConnection.newBuilder().setSsid(site.ssid()).setBssid(bssid).setSignalDbm(joinedSignal)
          .setFrequencyMhz(site.frequencyMhz()));
    }
    for (String own : site.bssids()) {
      n.addVisibleAccessPoints(WifiAccessPoint.newBuilder().setSsid(site.ssid()).setBssid(own)
          .setSignalDbm(own.equals(bssid) ? joinedSignal : -rng.between(55, 80))
          .setFrequencyMhz(site.frequencyMhz()));
    }
    n.addAllVisibleAccessPoints(site.neighbours());
    n.addAllDnsServers(at.vpnTool() != null ? java.util.List.of("10.255.255.1") : site.dns());
    vpnClients(n, p, at, os);
    s.setNetwork(n);
  }

  private static void vpnClients(Network.Builder n, DeviceProfile p, Situation at, OsFamily os) {
    String installed = p.farm() != null && p.farm().astrill() ? "astrill" : p.habits().privacyVpn();
    if (installed == null) {
      return;
    }
    String evidence = switch (installed) {
      case "astrill" -> switch (os) {
        case OS_FAMILY_MACOS -> "/Applications/Astrill.app";
        case OS_FAMILY_LINUX -> "/usr/local/Astrill/astrill";
        default -> "C:\\Windows\\System32\\ASproxy64.dll";
      };
      case "nordvpn" -> os == OsFamily.OS_FAMILY_WINDOWS ? "C:\\Program Files\\NordVPN\\NordVPN.exe" : "/usr/bin/nordvpn";
      case "protonvpn" -> os == OsFamily.OS_FAMILY_WINDOWS ? "C:\\Program Files\\Proton\\VPN\\ProtonVPN.exe"
          : "/Applications/Proton VPN.app";
      case "mullvad" -> os == OsFamily.OS_FAMILY_WINDOWS ? "C:\\Program Files\\Mullvad VPN\\Mullvad VPN.exe"
          : "/Applications/Mullvad VPN.app";
      default -> os == OsFamily.OS_FAMILY_WINDOWS ? "C:\\Program Files (x86)\\ExpressVPN\\expressvpn-ui\\ExpressVPN.exe"
          : "/Applications/ExpressVPN.app";
    };
    n.addVpnClients(VpnClient.newBuilder().setMatchedTool(installed).setEvidence(evidence)
        .setRunning(installed.equals(at.vpnTool())));
  }

  private static String tunnelName(String tool, OsFamily os) {
    if (os == OsFamily.OS_FAMILY_MACOS) {
      return "utun4";
    }
    return switch (tool) {
      case "astrill" -> os == OsFamily.OS_FAMILY_WINDOWS ? "Astrill" : "astrill0";
      case "nordvpn" -> os == OsFamily.OS_FAMILY_WINDOWS ? "NordLynx" : "nordlynx";
      case "protonvpn" -> os == OsFamily.OS_FAMILY_WINDOWS ? "ProtonVPN" : "proton0";
      case "mullvad" -> os == OsFamily.OS_FAMILY_WINDOWS ? "Mullvad" : "wg0-mullvad";
      default -> os == OsFamily.OS_FAMILY_WINDOWS ? "ExpressVPN TUN Driver" : "tun0";
    };
  }
}
