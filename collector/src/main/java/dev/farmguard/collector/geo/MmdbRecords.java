package dev.farmguard.collector.geo;

import com.maxmind.db.MaxMindDbConstructor;
import com.maxmind.db.MaxMindDbParameter;
import java.util.List;
import java.util.Map;

/**
 * The shapes MaxMind's reader decodes City and ASN records into. Only the keys named here are
 * decoded; the rest of a record (names in other languages, postal codes...) is skipped. Numbers are
 * declared as {@link Number} because vendors differ in integer width (uint16 vs uint32).
 * Public only because the reader instantiates them by reflection.
 */
public final class MmdbRecords {

  private MmdbRecords() {}

  /** A GeoIP2/GeoLite2/DB-IP City (or Country) record. */
  public static final class CityRecord {
    final Named city;
    final Country country;
    final Country registeredCountry;
    final Location location;
    final List<Named> subdivisions;

    @MaxMindDbConstructor
    public CityRecord(
        @MaxMindDbParameter(name = "city") Named city,
        @MaxMindDbParameter(name = "country") Country country,
        @MaxMindDbParameter(name = "registered_country") Country registeredCountry,
        @MaxMindDbParameter(name = "location") Location location,
        @MaxMindDbParameter(name = "subdivisions") List<Named> subdivisions) {
      this.city = city;
      this.country = country;
      this.registeredCountry = registeredCountry;
      this.location = location;
      this.subdivisions = subdivisions;
    }
  }

  /** Something with localized names ({"en": "Phoenix", "de": ...}). */
  public static final class Named {
    final Map<String, String> names;

    @MaxMindDbConstructor
    public Named(@MaxMindDbParameter(name = "names") Map<String, String> names) {
      this.names = names;
    }

    String english() {
      return names == null ? "" : names.getOrDefault("en", "");
    }
  }

  /** The country part of a record. */
  public static final class Country {
    final String isoCode;

    @MaxMindDbConstructor
    public Country(@MaxMindDbParameter(name = "iso_code") String isoCode) {
      this.isoCode = isoCode;
    }
  }

  /** The location part of a City record. */
  public static final class Location {
    final Number latitude;
    final Number longitude;
    final Number accuracyRadius;
    final String timeZone;

    @MaxMindDbConstructor
    public Location(
        @MaxMindDbParameter(name = "latitude") Number latitude,
        @MaxMindDbParameter(name = "longitude") Number longitude,
        @MaxMindDbParameter(name = "accuracy_radius") Number accuracyRadius,
        @MaxMindDbParameter(name = "time_zone") String timeZone) {
      this.latitude = latitude;
      this.longitude = longitude;
      this.accuracyRadius = accuracyRadius;
      this.timeZone = timeZone;
    }
  }

  /** A GeoLite2/GeoIP2/DB-IP ASN (or ISP) record. */
  public static final class AsnRecord {
    final Number number;
    final String organization;

    @MaxMindDbConstructor
    public AsnRecord(
        @MaxMindDbParameter(name = "autonomous_system_number") Number number,
        @MaxMindDbParameter(name = "autonomous_system_organization") String organization) {
      this.number = number;
      this.organization = organization;
    }
  }
}
