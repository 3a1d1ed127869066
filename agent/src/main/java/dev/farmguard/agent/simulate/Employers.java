package dev.farmguard.agent.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * The companies whose laptops report to the simulated collector (a holding whose group IT runs one
 * collector), their offices and office networks, and the group IT's sanctioned remote-support tool.
 */
final class Employers {

  static final int MAX = 6;

  /** The sanctioned RMM of group IT (catalog id). */
  static final String SANCTIONED_TOOL = "teamviewer";

  /**
   * One company.
   *
   * @param id index
   * @param name company name
   * @param domain e-mail domain
   * @param hostPrefix prefix of Windows host names
   * @param macShare share of MacBooks
   * @param linuxShare share of Linux laptops
   * @param offices its offices (the first is its headquarters)
   */
  record Employer(int id, String name, String domain, String hostPrefix, double macShare, double linuxShare,
      List<Office> offices) {}

  /**
   * An office and the network identity every laptop there shares.
   *
   * @param index global office index (picks its public /28)
   * @param employer owning employer id
   * @param name short name, e.g. "acme-san-francisco"
   * @param place city
   * @param gatewayMac the office router
   * @param gatewayIp LAN address of the router
   * @param ssid corporate Wi-Fi name
   * @param bssids the office access points
   */
  record Office(int index, int employer, String name, Place place, String gatewayMac, String gatewayIp, String ssid,
      List<String> bssids) {

    String publicCidr() {
      return NetworkPlan.officeCidr(index);
    }
  }

  private static final String[][] COMPANIES = {
      {"Acme Analytics", "acme.example", "ACME", "San Francisco", "Austin", "New York"},
      {"Globex Health", "globex.example", "GLX", "Chicago", "Atlanta"},
      {"Initech Software", "initech.example", "INI", "Seattle", "Boston"},
      {"Umbrella Logistics", "umbrella.example", "UMB", "Dallas", "Miami"},
      {"Stark Fintech", "stark.example", "STK", "New York", "Charlotte"},
      {"Hooli Media", "hooli.example", "HOO", "Los Angeles", "Denver"}};

  private static final double[] MAC_SHARE = {0.3, 0.1, 0.45, 0.05, 0.2, 0.5};
  private static final double[] LINUX_SHARE = {0.08, 0.02, 0.2, 0.02, 0.05, 0.05};
  private static final String[] OFFICE_ROUTER_OUIS = {"00:1b:54", "70:0f:6a", "00:0b:86"};

  private Employers() {}

  static List<Employer> build(long seed, int count) {
    List<Employer> employers = new ArrayList<>();
    int officeIndex = 0;
    for (int e = 0; e < count; e++) {
      String[] c = COMPANIES[e];
      List<Office> offices = new ArrayList<>();
      for (int o = 3; o < c.length; o++) {
        Rng rng = Rng.of(seed, Rng.Salt.OFFICE, officeIndex);
        String oui = rng.pick(OFFICE_ROUTER_OUIS);
        List<String> bssids = new ArrayList<>();
        int aps = rng.between(4, 8);
        for (int a = 0; a < aps; a++) {
          bssids.add(rng.mac("f0:5c:19"));
        }
        Place place = Places.byName(c[o]);
        String shortName = c[2].toLowerCase(java.util.Locale.ROOT) + "-" + place.city().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        offices.add(new Office(officeIndex, e, shortName, place, rng.mac(oui), "10." + (officeIndex + 16) + ".0.1",
            c[2] + "-Corp", List.copyOf(bssids)));
        officeIndex++;
      }
      employers.add(new Employer(e, c[0], c[1], c[2], MAC_SHARE[e], LINUX_SHARE[e], List.copyOf(offices)));
    }
    return List.copyOf(employers);
  }

  /** TeamViewer ids of the group IT helpdesk (sessions from these are sanctioned). */
  static List<String> itPeerIds(long seed) {
    Rng rng = Rng.of(seed, Rng.Salt.OFFICE, 10_000);
    return List.of(rng.digits(10), rng.digits(10), rng.digits(10));
  }

  /** Group IT sits in the first employer's headquarters. */
  static Office itOffice(List<Employer> employers) {
    return employers.get(0).offices().get(0);
  }
}
