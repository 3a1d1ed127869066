package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.network.AccessPointInfo;
import dev.farmguard.agent.probe.network.GatewayInfo;
import dev.farmguard.agent.probe.network.InterfaceInfo;
import dev.farmguard.agent.probe.network.InterfaceKind;
import dev.farmguard.agent.probe.network.NetworkInfo;
import dev.farmguard.agent.probe.network.VpnClientInfo;
import dev.farmguard.agent.probe.network.WifiInfo;
import dev.farmguard.agent.simulate.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * The network family of one check-in: interfaces (Wi-Fi, the dock's Ethernet, a VPN tunnel), the default
 * gateway with its MAC, Wi-Fi and neighbouring access points (macOS redacts names and BSSIDs), DNS, and VPN
 * clients with the evidence kinds the agent reports ({@code process:}, {@code path:}, {@code adapter:},
 * {@code service:}), keeping only what the catalog matches.
 */
final class NetworkRecords {

  private final CatalogMatcher catalog;

  NetworkRecords(CatalogMatcher catalog) {
    this.catalog = catalog;
  }

  NetworkInfo build(Laptop l, Site site, boolean wired, boolean vpnUp, Rng r) {
    Platform os = l.os;
    List<InterfaceInfo> nics = new ArrayList<>();
    String hostIp = site.lanPrefix() + (20 + l.index % 200);
    String wifiMac = Rng.uniqueMac("a4:c3:f0", 77, 1, l.index);
    nics.add(new InterfaceInfo(OsTraits.wifiInterface(os), OsTraits.wifiDisplayName(os), wifiMac, InterfaceKind.WIFI,
        wired ? List.of() : List.of(hostIp), List.of(), !wired, wired ? 0 : 866_700_000L));
    String gatewayInterface = OsTraits.wifiInterface(os);
    if (wired) {
      String dockMac = Rng.uniqueMac("00:e0:4c", 77, 2, l.index);
      gatewayInterface = OsTraits.dockInterface(os, dockMac);
      nics.add(new InterfaceInfo(gatewayInterface, OsTraits.dockDisplayName(os), dockMac, InterfaceKind.ETHERNET,
          List.of(hostIp), List.of(), true, 1_000_000_000L));
    }
    List<VpnClientInfo> vpns = new ArrayList<>();
    String tunnel = tunnelName(l);
    if (!tunnel.isEmpty() && (vpnUp || l.vpn == Laptop.Vpn.ASTRILL)) {
      nics.add(new InterfaceInfo(tunnel, tunnelDisplayName(l), os == Platform.WINDOWS ? "00:ff:" + wifiMac.substring(6)
          : "", InterfaceKind.TUNNEL, vpnUp ? List.of("10." + (8 + l.index % 8) + ".0." + (2 + l.index % 250))
          : List.of(), List.of(), vpnUp, 100_000_000L));
    }
    vpnClients(l, vpnUp, tunnel, vpns);
    List<GatewayInfo> gateways = List.of(new GatewayInfo(site.gatewayIp(), site.gatewayMac(), gatewayInterface));
    WifiInfo wifi = null;
    List<AccessPointInfo> aps = new ArrayList<>();
    if (!wired) {
      boolean redacted = os == Platform.MACOS;
      int freq = r.chance(0.6) ? 5180 + 20 * r.nextInt(8) : 2412 + 5 * r.nextInt(11);
      wifi = new WifiInfo(redacted ? "" : site.ssid(), redacted ? "" : site.bssid(), -45 - r.nextInt(25), freq);
      aps.add(new AccessPointInfo(redacted ? "" : site.ssid(), redacted ? "" : site.bssid(), wifi.signalDbm(), freq));
      for (int i = 0; i < 3; i++) {
        String bssid = Rng.uniqueMac("f4:92:bf", 78, site.place().id(), Math.floorMod(site.bssid().hashCode(), 4096) * 8 + i);
        aps.add(new AccessPointInfo(redacted ? "" : "NETGEAR" + (10 + i), redacted ? "" : bssid, -70 - i * 5, 2437));
      }
    }
    return new NetworkInfo(nics, gateways, wifi, aps, List.of(vpnUp && l.vpn != Laptop.Vpn.NONE ? "10.8.0.1"
        : site.gatewayIp()), vpns);
  }

  private static String tunnelName(Laptop l) {
    if (l.vpn == Laptop.Vpn.NONE) {
      return "";
    }
    return switch (l.os) {
      case WINDOWS -> "Ethernet 3";
      case MACOS -> "utun4";
      default -> l.vpn == Laptop.Vpn.PRIVACY ? "wg0-mullvad" : "tun0";
    };
  }

  private static String tunnelDisplayName(Laptop l) {
    if (l.os != Platform.WINDOWS) {
      return "";
    }
    return switch (l.vpn) {
      case ASTRILL -> "TAP-Windows Adapter V9";
      case PRIVACY -> "Wintun Userspace Tunnel";
      case CORPORATE -> "PANGP Virtual Ethernet Adapter Secure";
      case NONE -> "";
    };
  }

  private void vpnClients(Laptop l, boolean up, String tunnel, List<VpnClientInfo> out) {
    Platform os = l.os;
    List<String> processes = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    List<String> services = new ArrayList<>();
    switch (l.vpn) {
      case ASTRILL -> {
        switch (os) {
          case WINDOWS -> {
            processes.add("Astrill.exe");
            paths.add("C:\\Windows\\System32\\ASproxy64.dll");
          }
          case MACOS -> {
            processes.add("Astrill");
            paths.add("/Applications/Astrill.app");
          }
          default -> {
            processes.add("astrill");
            processes.add("asproxy");
            paths.add("/usr/local/Astrill");
            services.add("astrill-reconnect.service");
          }
        }
      }
      case PRIVACY -> {
        if (os == Platform.WINDOWS) {
          processes.add("ProtonVPN.exe");
          processes.add("ProtonVPNService.exe");
          paths.add("C:\\Program Files\\Proton\\VPN");
        }
      }
      default -> { }
    }
    boolean running = false;
    for (String p : processes) {
      var tool = catalog.vpnForProcess(List.of(p));
      if (tool.isPresent() && up) {
        out.add(new VpnClientInfo(tool.get(), "process:" + p, true));
        running = true;
      }
    }
    final boolean anyRunning = running;
    for (String path : paths) {
      catalog.vpnInstallPaths().stream().filter(s -> sameInstall(s.path(), path)).findFirst()
          .ifPresent(s -> out.add(new VpnClientInfo(s.toolId(), "path:" + path, anyRunning)));
    }
    if (!tunnel.isEmpty()) {
      String display = tunnelDisplayName(l);
      var byName = catalog.vpnForAdapter(tunnel);
      var tool = byName.or(() -> display.isEmpty() ? java.util.Optional.empty() : catalog.vpnForAdapter(display));
      tool.ifPresent(t -> out.add(new VpnClientInfo(t, "adapter:" + (byName.isPresent() ? tunnel : display),
          anyRunning)));
    }
    for (String s : services) {
      catalog.vpnForService(s).ifPresent(t -> out.add(new VpnClientInfo(t, "service:" + s, anyRunning)));
    }
  }

  private static boolean sameInstall(String pattern, String path) {
    return pattern.replace("%SystemRoot%", "C:\\Windows").replace("%ProgramFiles%", "C:\\Program Files")
        .replace("*", "").equalsIgnoreCase(path);
  }
}
