package dev.farmguard.agent.simulate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes the simulated world's address plan as a GeoLite2-layout CSV database (City and ASN
 * editions, IPv4 and IPv6), so a collector started with {@code --geoip DIR/geoip} geolocates every
 * address in the replay. Geoname ids are synthetic (9,000,000 + place id; countries 9,100,000+).
 */
public final class GeoIpCsvWriter {

  static final String EDITION = "FarmguardSim";
  private static final String BLOCKS_HEADER = "network,geoname_id,registered_country_geoname_id,"
      + "represented_country_geoname_id,is_anonymous_proxy,is_satellite_provider,postal_code,latitude,longitude,"
      + "accuracy_radius,is_anycast\n";
  private static final String LOCATIONS_HEADER = "geoname_id,locale_code,continent_code,continent_name,"
      + "country_iso_code,country_name,subdivision_1_iso_code,subdivision_1_name,subdivision_2_iso_code,"
      + "subdivision_2_name,city_name,metro_code,time_zone,is_in_european_union\n";
  private static final String ASN_HEADER = "network,autonomous_system_number,autonomous_system_organization\n";

  private GeoIpCsvWriter() {}

  static void write(Path dir, List<NetworkPlan.PublicNetwork> networks) throws IOException {
    write(dir, networks, Places.ALL);
  }

  /** Writes the blocks of {@code networks} and one location per place of {@code places} (and its country). */
  public static void write(Path dir, List<NetworkPlan.PublicNetwork> networks, List<Place> places)
      throws IOException {
    Files.createDirectories(dir);
    List<NetworkPlan.PublicNetwork> v4 = new ArrayList<>();
    List<NetworkPlan.PublicNetwork> v6 = new ArrayList<>();
    for (NetworkPlan.PublicNetwork n : networks) {
      (n.cidr().contains(":") ? v6 : v4).add(n);
    }
    v4.sort(Comparator.comparingLong(n -> ipv4Value(n.cidr())));
    v6.sort(Comparator.comparing(NetworkPlan.PublicNetwork::cidr));
    writeBlocks(dir.resolve(EDITION + "-City-Blocks-IPv4.csv"), v4);
    writeBlocks(dir.resolve(EDITION + "-City-Blocks-IPv6.csv"), v6);
    writeAsn(dir.resolve(EDITION + "-ASN-Blocks-IPv4.csv"), v4);
    writeAsn(dir.resolve(EDITION + "-ASN-Blocks-IPv6.csv"), v6);
    writeLocations(dir.resolve(EDITION + "-City-Locations-en.csv"), places);
    Files.writeString(dir.resolve("README.txt"), """
        Synthetic GeoIP data written by `farmguard-agent simulate` (GeoLite2 CSV layout).
        It covers only the simulated world's address plan: unannounced public ranges and documentation
        ranges. It is not MaxMind data and says nothing about real addresses.
        """, StandardCharsets.UTF_8);
  }

  private static void writeBlocks(Path file, List<NetworkPlan.PublicNetwork> networks) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(BLOCKS_HEADER);
      for (NetworkPlan.PublicNetwork n : networks) {
        Place p = n.place();
        w.write(Csv.row(n.cidr(), geonameId(p), countryGeonameId(p.country()), "", 0, 0, "", p.latitude(),
            p.longitude(), n.accuracyRadiusKm(), ""));
      }
    }
  }

  private static void writeAsn(Path file, List<NetworkPlan.PublicNetwork> networks) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(ASN_HEADER);
      for (NetworkPlan.PublicNetwork n : networks) {
        w.write(Csv.row(n.cidr(), n.asn(), n.organization()));
      }
    }
  }

  private static void writeLocations(Path file, List<Place> places) throws IOException {
    TreeMap<String, Place> countries = new TreeMap<>();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(LOCATIONS_HEADER);
      for (Place p : places) {
        w.write(Csv.row(geonameId(p), "en", p.continent(), continentName(p.continent()), p.country(), p.countryName(),
            p.regionCode(), p.region(), "", "", p.city(), "", p.zone(), 0));
        countries.putIfAbsent(p.country(), p);
      }
      for (Place p : countries.values()) {
        w.write(Csv.row(countryGeonameId(p.country()), "en", p.continent(), continentName(p.continent()), p.country(),
            p.countryName(), "", "", "", "", "", "", p.zone(), 0));
      }
    }
  }

  static long geonameId(Place p) {
    return 9_000_000L + p.id();
  }

  static long countryGeonameId(String iso) {
    return 9_100_000L + (iso.charAt(0) - 'A') * 26 + (iso.charAt(1) - 'A');
  }

  private static String continentName(String code) {
    return switch (code) {
      case "NA" -> "North America";
      case "EU" -> "Europe";
      case "AS" -> "Asia";
      case "SA" -> "South America";
      case "OC" -> "Oceania";
      case "AF" -> "Africa";
      default -> "";
    };
  }

  private static long ipv4Value(String cidr) {
    String[] o = cidr.substring(0, cidr.indexOf('/')).split("\\.");
    return (Long.parseLong(o[0]) << 24) | (Long.parseLong(o[1]) << 16) | (Long.parseLong(o[2]) << 8) | Long.parseLong(o[3]);
  }
}
