package dev.farmguard.agent.simulate;

import dev.farmguard.proto.v1.WifiAccessPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A network location: a home (shared by housemates, or by a whole farm), an office or a hotel.
 * Everything a device sees there: public address, router (gateway IP and MAC), Wi-Fi and the
 * neighbours' access points.
 *
 * @param kind HOME, OFFICE or HOTEL
 * @param place city
 * @param publicV4 public IPv4 addresses of the site (its NAT pool; homes have one)
 * @param v6Ordinal household /64 number when the ISP gives IPv6, else -1
 * @param gatewayIp router's LAN address
 * @param gatewayMac router's MAC
 * @param lanPrefix first three octets of the LAN, with a trailing dot
 * @param ssid Wi-Fi name
 * @param bssids the site's own access points
 * @param frequencyMhz channel of the own access points
 * @param neighbours other access points in range
 * @param dns resolvers handed out by DHCP
 */
record Site(Kind kind, Place place, List<String> publicV4, int v6Ordinal, String gatewayIp, String gatewayMac,
    String lanPrefix, String ssid, List<String> bssids, int frequencyMhz, List<WifiAccessPoint> neighbours,
    List<String> dns) {

  enum Kind { HOME, OFFICE, HOTEL }

  private static final String[] ROUTER_OUIS = {"a0:40:a0", "50:c7:bf", "04:d9:f5", "f8:bb:bf", "c0:06:c3", "3c:37:86",
      "e4:f4:c6", "98:da:c4"};
  private static final String[] SSID_PREFIXES = {"NETGEAR", "TP-Link_", "ASUS_", "Xfinity-", "MyHome-", "eero-", "ATT",
      "SpectrumSetup-"};
  private static final String[] LAN_PREFIXES = {"192.168.1.", "192.168.0.", "10.0.0.", "192.168.86.", "192.168.50."};

  /** The home of a group (household or facilitator). */
  static Site home(long seed, int group, Place city, int ordinal) {
    Rng r = Rng.of(seed, Rng.Salt.HOUSEHOLD, group);
    String oui = r.pick(ROUTER_OUIS);
    // 8 MACs per home (router, 2 access points, up to 5 neighbours), unique across homes
    long macBase = group * 8L;
    String router = Rng.uniqueMac(oui, seed, Rng.Salt.HOME_MACS, macBase);
    List<String> own = List.of(Rng.uniqueMac(oui, seed, Rng.Salt.HOME_MACS, macBase + 1),
        Rng.uniqueMac(oui, seed, Rng.Salt.HOME_MACS, macBase + 2));
    String ssid = ssid(r);
    String prefix = r.pick(LAN_PREFIXES);
    boolean ipv6 = r.chance(0.15) && ordinal < 65_536;
    return new Site(Kind.HOME, city, List.of(NetworkPlan.residentialV4(city, ordinal)), ipv6 ? ordinal : -1, prefix + "1",
        router, prefix, ssid, own, r.chance(0.7) ? 5180 + 20 * r.nextInt(4) : 2412 + 25 * r.nextInt(3),
        neighbours(r, r.between(2, 5), seed, macBase + 3), List.of(prefix + "1"));
  }

  /** An office of the company: the network every employee there shares. */
  static Site office(Employers.Office office) {
    String lan = "10." + (office.index() + 16) + ".";
    List<String> nat = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      nat.add(NetworkPlan.officeIp(office.index(), i));
    }
    return new Site(Kind.OFFICE, office.place(), List.copyOf(nat), -1, office.gatewayIp(),
        office.gatewayMac(), lan + "8.", office.ssid(), office.bssids(), 5500, List.of(), List.of(lan + "0.53", lan + "0.54"));
  }

  /** A hotel: every guest shares its NAT address and access points. */
  static Site hotel(long seed, Place city, int hotel) {
    Rng r = Rng.of(seed, Rng.Salt.HOTEL, city.id(), hotel);
    String oui = "00:0b:86";
    List<String> aps = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      aps.add(r.mac(oui));
    }
    return new Site(Kind.HOTEL, city, List.of(NetworkPlan.hotelIp(city, hotel)), -1, "172.20.0.1", r.mac(oui), "172.20.4.",
        r.pick(new String[] {"Marriott_GUEST", "Hilton Honors", "HYATT-GUEST", "IHG ONE REWARDS Free WiFi"}),
        List.copyOf(aps), 5220, neighbours(r, 3, seed, -1), List.of("172.20.0.1"));
  }

  /** Access points of the neighbours; unique per home when {@code macBase} >= 0. */
  private static List<WifiAccessPoint> neighbours(Rng r, int n, long seed, long macBase) {
    List<WifiAccessPoint> aps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String oui = r.pick(ROUTER_OUIS);
      aps.add(WifiAccessPoint.newBuilder()
          .setSsid(ssid(r))
          .setBssid(macBase >= 0 ? Rng.uniqueMac(oui, seed, Rng.Salt.HOME_MACS, macBase + i) : r.mac(oui))
          .setSignalDbm(-r.between(62, 90))
          .setFrequencyMhz(r.chance(0.5) ? 2437 : 5745)
          .build());
    }
    return List.copyOf(aps);
  }

  /** A home network name in the style of the ISP or router vendor defaults. */
  private static String ssid(Rng r) {
    String prefix = r.pick(SSID_PREFIXES);
    return prefix + (prefix.startsWith("TP") || prefix.startsWith("eero") ? r.hex(4) : Integer.toString(r.between(10, 999)));
  }

  /** The access point a device joins, stable per device. */
  String bssidFor(int device) {
    return bssids.get(Math.floorMod(device * 31 + 7, bssids.size()));
  }

  /** The public address a device behind this site shows, IPv6 when the home has it and the device prefers it. */
  String publicAddress(int device, boolean preferV6, long interfaceId) {
    if (v6Ordinal >= 0 && preferV6) {
      return NetworkPlan.residentialV6(place, v6Ordinal, interfaceId);
    }
    return publicV4.get(Math.floorMod(device, publicV4.size()));
  }
}
