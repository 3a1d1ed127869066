package dev.farmguard.agent.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The public address plan of the simulated world. Everything lives in ranges that are public but
 * never seen on the Internet (US DoD /8s that are not announced) or in documentation ranges
 * (198.51.100.0/24, 2001:db8::/32), so no address belongs to a real person. Each kind of network
 * has its own ASN; the GeoIP files the simulator writes cover every block below.
 */
public final class NetworkPlan {

  /** A routed block with where it is and who announces it. */
  /** A routed block as the GeoIP data describes it. */
  public record PublicNetwork(String cidr, Place place, long asn, String organization, int accuracyRadiusKm) {}

  static final String[] US_ISPS = {"Copperline Broadband", "Mesa Cable", "Lakeshore Fiber", "Bluegrass Telecom",
      "Pacific Crest Internet", "Prairie Wireless", "Atlantic Coast Cable"};
  static final long FIRST_US_ISP_ASN = 64512;
  static final long OFFICE_ASN = 64530;
  static final String OFFICE_ORG = "Metro Business Fiber";
  static final long HOTEL_ASN = 64540;
  static final String HOTEL_ORG = "Hospitality Network Services";
  /** Consumer privacy VPN exits (hosting). */
  static final long PRIVACY_VPN_ASN = 4_200_000_201L;
  static final String PRIVACY_VPN_ORG = "Nimbus Privacy Networks Ltd";
  /** Astrill-like VPN exits (datacenter hosting). */
  static final long ASTRILL_ASN = 4_200_000_101L;
  static final String ASTRILL_ORG = "Orbitra Hosting LLC";
  /** Remote-desktop relay servers (hosting). */
  static final long RELAY_ASN = 4_200_000_401L;
  static final String RELAY_ORG = "Remote Relay Services GmbH";

  private NetworkPlan() {}

  /** A household's IPv4 address; the ordinal is unique per city, so unrelated homes never share one. */
  static String residentialV4(Place city, int ordinal) {
    int isp = ordinal & 1;
    int host = (ordinal >> 1) % 65_000 + 2;
    return v4(11, 2 * city.id() + isp, host >> 8, host & 0xFF);
  }

  /** A device's IPv6 address in its household's /64 (SLAAC-like interface id). */
  static String residentialV6(Place city, int ordinal, long interfaceId) {
    return String.format(Locale.ROOT, "2001:db8:%x:%x:%x:%x:%x:%x", 0x1000 + city.id(), ordinal & 0xFFFF,
        (interfaceId >>> 48) & 0xFFFF, (interfaceId >>> 32) & 0xFFFF, (interfaceId >>> 16) & 0xFFFF, interfaceId & 0xFFFF);
  }

  static String officeCidr(int officeIndex) {
    return "198.51.100." + (16 * officeIndex) + "/28";
  }

  static String officeIp(int officeIndex, int n) {
    return "198.51.100." + (16 * officeIndex + 1 + Math.floorMod(n, 14));
  }

  /** The NAT address of one hotel (all its guests share it). */
  static String hotelIp(Place city, int hotel) {
    return v4(22, city.id(), hotel & 0x0F, 1);
  }

  static String foreignResidential(Place city, int n) {
    int host = Math.floorMod(n, 65_000) + 2;
    return v4(29, city.id(), host >> 8, host & 0xFF);
  }

  static String privacyVpnExit(Place exit, int n) {
    int host = Math.floorMod(n, 4_000) + 1;
    return v4(26, exit.id(), host >> 8, host & 0xFF);
  }

  static String astrillExit(Place exit, int n) {
    int host = Math.floorMod(n, 1_000) + 1;
    return v4(28, exit.id(), host >> 8, host & 0xFF);
  }

  static String relayIp(Place relay, int n) {
    return v4(30, relay.id(), 0, Math.floorMod(n, 250) + 1);
  }

  private static String v4(int a, int b, int c, int d) {
    return a + "." + b + "." + c + "." + d;
  }

  /** Every block of the plan, for the GeoIP files. */
  static List<PublicNetwork> all(List<Employers.Employer> employers) {
    List<PublicNetwork> out = new ArrayList<>();
    for (Place p : Places.US_HOMES) {
      for (int isp = 0; isp < 2; isp++) {
        int ispIndex = (p.id() + 3 * isp) % US_ISPS.length;
        out.add(new PublicNetwork(v4(11, 2 * p.id() + isp, 0, 0) + "/16", p, FIRST_US_ISP_ASN + ispIndex,
            US_ISPS[ispIndex], 20));
      }
      int ispA = p.id() % US_ISPS.length;
      out.add(new PublicNetwork(String.format(Locale.ROOT, "2001:db8:%x::/48", 0x1000 + p.id()), p,
          FIRST_US_ISP_ASN + ispA, US_ISPS[ispA], 20));
    }
    for (List<Place> hotelCities : List.of(Places.US_HOMES, Places.ABROAD_TRAVEL)) {
      for (Place p : hotelCities) {
        out.add(new PublicNetwork(v4(22, p.id(), 0, 0) + "/20", p, HOTEL_ASN, HOTEL_ORG, 50));
      }
    }
    for (List<Place> foreign : List.of(Places.OPERATORS, Places.ABROAD_TRAVEL)) {
      for (Place p : foreign) {
        out.add(new PublicNetwork(v4(29, p.id(), 0, 0) + "/16", p, foreignAsn(p), foreignIsp(p), 50));
      }
    }
    for (List<Place> exits : List.of(Places.VPN_EXITS_US, Places.VPN_EXITS_ABROAD)) {
      for (Place p : exits) {
        out.add(new PublicNetwork(v4(26, p.id(), 0, 0) + "/20", p, PRIVACY_VPN_ASN, PRIVACY_VPN_ORG, 20));
        out.add(new PublicNetwork(v4(28, p.id(), 0, 0) + "/22", p, ASTRILL_ASN, ASTRILL_ORG, 20));
      }
    }
    for (Place p : Places.RELAYS) {
      out.add(new PublicNetwork(v4(30, p.id(), 0, 0) + "/24", p, RELAY_ASN, RELAY_ORG, 20));
    }
    for (Employers.Employer e : employers) {
      for (Employers.Office o : e.offices()) {
        out.add(new PublicNetwork(officeCidr(o.index()), o.place(), OFFICE_ASN, OFFICE_ORG, 5));
      }
    }
    return out;
  }

  private static long foreignAsn(Place p) {
    return 4_200_000_300L + countryIndex(p.country());
  }

  private static String foreignIsp(Place p) {
    return switch (p.country()) {
      case "CN" -> "Bohai Telecom";
      case "RU" -> "Primorye Telecom";
      case "GB" -> "Thames Broadband";
      case "FR" -> "Seine Telecom";
      case "DE" -> "Spree Netz";
      case "CA" -> "Maple Fibre";
      case "MX" -> "Azteca Cable";
      case "JP" -> "Sakura Hikari";
      default -> "Overseas Broadband";
    };
  }

  private static int countryIndex(String iso) {
    return (iso.charAt(0) - 'A') * 26 + (iso.charAt(1) - 'A');
  }
}
