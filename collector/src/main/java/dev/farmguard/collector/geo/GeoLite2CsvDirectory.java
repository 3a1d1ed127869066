package dev.farmguard.collector.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds GeoLite2-layout CSV editions in a directory: each "EDITION-Blocks-IPv4.csv" /
 * "EDITION-Blocks-IPv6.csv" pair is one database. A header with autonomous_system_number makes it
 * an ASN edition; a header with geoname_id makes it a City/Country edition, which also needs
 * "EDITION-Locations-en.csv".
 */
final class GeoLite2CsvDirectory {

  private static final String IPV4_SUFFIX = "-Blocks-IPv4.csv";
  private static final String IPV6_SUFFIX = "-Blocks-IPv6.csv";
  private static final String LOCATIONS_SUFFIX = "-Locations-en.csv";

  private GeoLite2CsvDirectory() {}

  /** Loads every edition in the directory, in name order; empty when it holds none. */
  static List<GeoIpLookup> load(Path dir) throws GeoIpLoadException {
    Map<String, Path[]> editions = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(IPV4_SUFFIX)) {
          editions.computeIfAbsent(edition(name, IPV4_SUFFIX), k -> new Path[2])[0] = file;
        } else if (name.endsWith(IPV6_SUFFIX)) {
          editions.computeIfAbsent(edition(name, IPV6_SUFFIX), k -> new Path[2])[1] = file;
        }
      }
    } catch (IOException e) {
      throw new GeoIpLoadException("cannot list GeoIP directory " + dir + ": " + e.getMessage(), e);
    }
    List<GeoIpLookup> databases = new ArrayList<>();
    for (Map.Entry<String, Path[]> edition : editions.entrySet()) {
      databases.add(loadEdition(dir, edition.getKey(), edition.getValue()[0], edition.getValue()[1]));
    }
    return databases;
  }

  private static String edition(String fileName, String suffix) {
    return fileName.substring(0, fileName.length() - suffix.length());
  }

  private static GeoIpLookup loadEdition(Path dir, String edition, Path ipv4, Path ipv6) throws GeoIpLoadException {
    CsvTable v4 = ipv4 == null ? null : CsvTable.open(ipv4);
    CsvTable v6 = ipv6 == null ? null : CsvTable.open(ipv6);
    CsvTable first = v4 != null ? v4 : v6;
    if (first.hasColumn("autonomous_system_number")) {
      return CsvAsnDatabase.load(edition, v4, v6);
    }
    if (first.hasColumn("geoname_id")) {
      Path locations = dir.resolve(edition + LOCATIONS_SUFFIX);
      if (!Files.isRegularFile(locations)) {
        throw new GeoIpLoadException("missing " + locations + " for the blocks file " + first.file());
      }
      return CsvLocationDatabase.load(edition, v4, v6, locations);
    }
    throw new GeoIpLoadException(first.file() + " line 1: not a GeoLite2 blocks file "
        + "(needs a geoname_id or autonomous_system_number column)");
  }
}
