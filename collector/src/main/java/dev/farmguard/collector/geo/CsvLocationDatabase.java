package dev.farmguard.collector.geo;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A GeoLite2 City (or Country) database in MaxMind's CSV layout: block files mapping networks to a
 * geoname_id plus coordinates, and a "*-Locations-en.csv" file naming each geoname_id.
 */
final class CsvLocationDatabase implements GeoIpLookup {

  private final String name;
  private final IpRangeIndex ranges;
  private final PlaceTable places;
  private final List<GeoLocation> locations; // names only; coordinates come from the place

  private CsvLocationDatabase(String name, IpRangeIndex ranges, PlaceTable places, List<GeoLocation> locations) {
    this.name = name;
    this.ranges = ranges;
    this.places = places;
    this.locations = locations;
  }

  /** Loads the edition; either block file may be null, the locations file is required. */
  static CsvLocationDatabase load(String name, CsvTable ipv4Blocks, CsvTable ipv6Blocks, Path locationsFile)
      throws GeoIpLoadException {
    Map<Long, Integer> geonameIndex = new HashMap<>();
    List<GeoLocation> locations = readLocations(CsvTable.open(locationsFile), geonameIndex);
    PlaceTable places = new PlaceTable();
    IpRangeIndex ranges = IpRangeIndex.load(ipv4Blocks, ipv6Blocks, table -> {
      BlockColumns columns = BlockColumns.of(table);
      return row -> placeOf(row, columns, geonameIndex, places, locationsFile);
    });
    places.compact();
    return new CsvLocationDatabase(name, ranges, places, locations);
  }

  private static int placeOf(CsvTable.Row row, BlockColumns columns, Map<Long, Integer> geonameIndex,
      PlaceTable places, Path locationsFile) {
    long geoname = CsvTable.parseUnsigned(row.get(columns.geoname), "geoname_id");
    if (geoname < 0) {
      geoname = CsvTable.parseUnsigned(row.get(columns.registeredCountry), "registered_country_geoname_id");
    }
    if (geoname < 0) {
      return -1; // no location at all for this network
    }
    Integer location = geonameIndex.get(geoname);
    if (location == null) {
      throw new IllegalArgumentException("geoname_id " + geoname + " is not in " + locationsFile.getFileName());
    }
    double lat = CsvTable.parseDouble(row.get(columns.latitude), "latitude");
    double lon = CsvTable.parseDouble(row.get(columns.longitude), "longitude");
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
    }
    long radius = CsvTable.parseUnsigned(row.get(columns.accuracyRadius), "accuracy_radius");
    return places.intern(location, (float) lat, (float) lon, (int) Math.max(0, Math.min(radius, 20_000)));
  }

  private static List<GeoLocation> readLocations(CsvTable table, Map<Long, Integer> geonameIndex)
      throws GeoIpLoadException {
    int geonameColumn = table.required("geoname_id");
    int country = table.required("country_iso_code");
    int region = table.optional("subdivision_1_name");
    int city = table.optional("city_name");
    int timeZone = table.optional("time_zone");
    Map<String, String> interned = new HashMap<>();
    List<GeoLocation> locations = new ArrayList<>();
    table.forEachRow(row -> {
      long geoname = CsvTable.parseUnsigned(row.get(geonameColumn), "geoname_id");
      if (geoname < 0) {
        throw new IllegalArgumentException("empty geoname_id");
      }
      if (geonameIndex.putIfAbsent(geoname, locations.size()) != null) {
        throw new IllegalArgumentException("duplicate geoname_id " + geoname);
      }
      locations.add(new GeoLocation(intern(interned, row.get(country)), intern(interned, row.get(region)),
          intern(interned, row.get(city)), Double.NaN, Double.NaN, 0, intern(interned, row.get(timeZone))));
    });
    return List.copyOf(locations);
  }

  private static String intern(Map<String, String> pool, String s) {
    return pool.computeIfAbsent(s, k -> k);
  }

  @Override
  public Optional<GeoLocation> city(InetAddress address) {
    int place = ranges.find(address);
    if (place < 0) {
      return Optional.empty();
    }
    GeoLocation names = locations.get(places.location(place));
    float lat = places.latitude(place);
    float lon = places.longitude(place);
    return Optional.of(new GeoLocation(names.countryIsoCode(), names.region(), names.city(),
        widen(lat), widen(lon),
        places.radius(place), names.timeZone()));
  }

  /** Back to double without float noise (33.4484f would print as 33.44839859). */
  private static double widen(float degrees) {
    return Float.isNaN(degrees) ? Double.NaN : Math.round(degrees * 1e5) / 1e5;
  }

  @Override
  public Optional<AsnInfo> asn(InetAddress address) {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name + " (GeoLite2 CSV, " + ranges.ipv4Ranges() + " IPv4 + " + ranges.ipv6Ranges() + " IPv6 ranges, "
        + places.size() + " places)";
  }

  /** Column positions of a City/Country blocks file. */
  private record BlockColumns(int geoname, int registeredCountry, int latitude, int longitude, int accuracyRadius) {

    static BlockColumns of(CsvTable table) throws GeoIpLoadException {
      return new BlockColumns(table.required("geoname_id"), table.optional("registered_country_geoname_id"),
          table.optional("latitude"), table.optional("longitude"), table.optional("accuracy_radius"));
    }
  }
}
