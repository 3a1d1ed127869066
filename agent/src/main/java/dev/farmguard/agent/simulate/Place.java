package dev.farmguard.agent.simulate;

/**
 * A city of the simulated world.
 *
 * @param id index in {@link Places#ALL}; also picks its address blocks and geoname id
 * @param city city name as the GeoIP locations file and the roster spell it
 * @param region first-level subdivision name
 * @param regionCode subdivision ISO code (without the country)
 * @param country ISO 3166-1 alpha-2
 * @param countryName English country name
 * @param continent continent code, e.g. "NA"
 * @param latitude degrees north
 * @param longitude degrees east
 * @param zone IANA time zone
 */
public record Place(int id, String city, String region, String regionCode, String country, String countryName,
    String continent, double latitude, double longitude, String zone) {

  public boolean isUs() {
    return "US".equals(country);
  }

  /** Great-circle distance in km (haversine). */
  public double distanceKm(Place other) {
    double p1 = Math.toRadians(latitude);
    double p2 = Math.toRadians(other.latitude);
    double dp = p2 - p1;
    double dl = Math.toRadians(other.longitude - longitude);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.sqrt(Math.min(1, h)));
  }
}
