package dev.farmguard.collector.geo;

/**
 * Where a GeoIP database places an address. Unknown text fields are empty strings, unknown
 * coordinates are {@link Double#NaN} and an unknown accuracy radius is 0.
 *
 * @param countryIsoCode ISO 3166-1 alpha-2 code, e.g. "US"
 * @param region first-level subdivision name, e.g. "Arizona"
 * @param city city name, e.g. "Phoenix"
 * @param latitude degrees north, NaN when unknown
 * @param longitude degrees east, NaN when unknown
 * @param accuracyRadiusKm radius around the point in which the address lies, 0 when unknown
 * @param timeZone IANA zone, e.g. "America/Phoenix"
 */
public record GeoLocation(
    String countryIsoCode,
    String region,
    String city,
    double latitude,
    double longitude,
    int accuracyRadiusKm,
    String timeZone) {

  public GeoLocation {
    countryIsoCode = nullToEmpty(countryIsoCode);
    region = nullToEmpty(region);
    city = nullToEmpty(city);
    timeZone = nullToEmpty(timeZone);
    if (accuracyRadiusKm < 0) {
      throw new IllegalArgumentException("accuracyRadiusKm must be >= 0, was " + accuracyRadiusKm);
    }
  }

  /** True when both coordinates are known, so distances can be computed. */
  public boolean hasCoordinates() {
    return !Double.isNaN(latitude) && !Double.isNaN(longitude);
  }

  /** Great-circle distance in km to a point, NaN when this location has no coordinates. */
  public double distanceKmTo(double otherLatitude, double otherLongitude) {
    if (!hasCoordinates()) {
      return Double.NaN;
    }
    return GreatCircle.distanceKm(latitude, longitude, otherLatitude, otherLongitude);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
