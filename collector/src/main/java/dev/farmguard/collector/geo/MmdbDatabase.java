package dev.farmguard.collector.geo;

import com.maxmind.db.CHMCache;
import com.maxmind.db.DeserializationException;
import com.maxmind.db.Reader;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MaxMind-format .mmdb file read with MaxMind's reader. What it answers follows the
 * database_type in its metadata: City/Country/Location databases answer {@link #city}, ASN/ISP
 * databases answer {@link #asn} (Enterprise-style databases both).
 */
final class MmdbDatabase implements GeoIpLookup, Closeable {

  private static final Logger log = LoggerFactory.getLogger(MmdbDatabase.class);

  private final Path file;
  private final Reader reader;
  private final String databaseType;
  private final boolean hasLocation;
  private final boolean hasAsn;

  private MmdbDatabase(Path file, Reader reader, String databaseType, boolean hasLocation, boolean hasAsn) {
    this.file = file;
    this.reader = reader;
    this.databaseType = databaseType;
    this.hasLocation = hasLocation;
    this.hasAsn = hasAsn;
  }

  static MmdbDatabase open(Path file) throws GeoIpLoadException {
    Reader reader;
    try {
      // memory-mapped; the cache holds decoded records shared by many networks
      reader = new Reader(file.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache());
    } catch (IOException | RuntimeException e) {
      throw new GeoIpLoadException("cannot open MaxMind database " + file + ": " + e.getMessage(), e);
    }
    String type = reader.getMetadata().getDatabaseType();
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
    boolean asn = lower.contains("asn") || lower.contains("isp") || lower.contains("enterprise");
    boolean location = lower.contains("city") || lower.contains("country") || lower.contains("location")
        || lower.contains("enterprise");
    if (!asn && !location) {
      closeQuietly(reader);
      throw new GeoIpLoadException("unsupported database_type '" + type + "' in " + file
          + " (expected a City, Country or ASN database)");
    }
    return new MmdbDatabase(file, reader, type, location, asn);
  }

  @Override
  public Optional<GeoLocation> city(InetAddress address) {
    if (!hasLocation) {
      return Optional.empty();
    }
    MmdbRecords.CityRecord r = read(address, MmdbRecords.CityRecord.class);
    if (r == null) {
      return Optional.empty();
    }
    MmdbRecords.Country country = r.country != null ? r.country : r.registeredCountry;
    MmdbRecords.Location loc = r.location;
    List<MmdbRecords.Named> subdivisions = r.subdivisions;
    return Optional.of(new GeoLocation(
        country == null ? "" : country.isoCode,
        subdivisions == null || subdivisions.isEmpty() ? "" : subdivisions.get(0).english(),
        r.city == null ? "" : r.city.english(),
        loc == null || loc.latitude == null ? Double.NaN : loc.latitude.doubleValue(),
        loc == null || loc.longitude == null ? Double.NaN : loc.longitude.doubleValue(),
        loc == null || loc.accuracyRadius == null ? 0 : Math.max(0, loc.accuracyRadius.intValue()),
        loc == null ? "" : loc.timeZone));
  }

  @Override
  public Optional<AsnInfo> asn(InetAddress address) {
    if (!hasAsn) {
      return Optional.empty();
    }
    MmdbRecords.AsnRecord r = read(address, MmdbRecords.AsnRecord.class);
    if (r == null || r.number == null) {
      return Optional.empty();
    }
    return Optional.of(new AsnInfo(r.number.longValue(), r.organization));
  }

  private <T> T read(InetAddress address, Class<T> shape) {
    try {
      return reader.get(address, shape);
    } catch (IllegalArgumentException e) {
      return null; // an IPv6 address asked of an IPv4-only database
    } catch (IOException | DeserializationException e) {
      log.warn("GeoIP lookup of {} failed in {}: {}", address.getHostAddress(), file, e.getMessage());
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private static void closeQuietly(Reader reader) {
    try {
      reader.close();
    } catch (IOException ignored) {
      // already failing with a better message
    }
  }

  @Override
  public String toString() {
    return file + " (" + databaseType + ")";
  }
}
