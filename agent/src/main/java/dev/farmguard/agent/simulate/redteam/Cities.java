package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.simulate.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Real cities (coordinates and IANA zones as published) where the red-team fleet's people live, work, travel
 * and where farm laptops end up. Ids start at 1000 so they never meet the simulator's places.
 */
final class Cities {

  static final List<Place> ALL = new ArrayList<>();

  // United States: where employees claim to live (rosters) and where residences and farms are
  static final Place PHOENIX = us("Phoenix", "Arizona", "AZ", 33.4484, -112.0740, "America/Phoenix");
  static final Place LITCHFIELD_PARK = us("Litchfield Park", "Arizona", "AZ", 33.4934, -112.3579, "America/Phoenix");
  static final Place NASHVILLE = us("Nashville", "Tennessee", "TN", 36.1627, -86.7816, "America/Chicago");
  static final Place AUSTIN = us("Austin", "Texas", "TX", 30.2672, -97.7431, "America/Chicago");
  static final Place DALLAS = us("Dallas", "Texas", "TX", 32.7767, -96.7970, "America/Chicago");
  static final Place CHICAGO = us("Chicago", "Illinois", "IL", 41.8781, -87.6298, "America/Chicago");
  static final Place MINNEAPOLIS = us("Minneapolis", "Minnesota", "MN", 44.9778, -93.2650, "America/Chicago");
  static final Place DENVER = us("Denver", "Colorado", "CO", 39.7392, -104.9903, "America/Denver");
  static final Place SALT_LAKE = us("Salt Lake City", "Utah", "UT", 40.7608, -111.8910, "America/Denver");
  static final Place SEATTLE = us("Seattle", "Washington", "WA", 47.6062, -122.3321, "America/Los_Angeles");
  static final Place PORTLAND = us("Portland", "Oregon", "OR", 45.5152, -122.6784, "America/Los_Angeles");
  static final Place SAN_JOSE = us("San Jose", "California", "CA", 37.3382, -121.8863, "America/Los_Angeles");
  static final Place LOS_ANGELES = us("Los Angeles", "California", "CA", 34.0522, -118.2437, "America/Los_Angeles");
  static final Place SAN_DIEGO = us("San Diego", "California", "CA", 32.7157, -117.1611, "America/Los_Angeles");
  static final Place LAS_VEGAS = us("Las Vegas", "Nevada", "NV", 36.1699, -115.1398, "America/Los_Angeles");
  static final Place NEW_YORK = us("New York", "New York", "NY", 40.7128, -74.0060, "America/New_York");
  static final Place BOSTON = us("Boston", "Massachusetts", "MA", 42.3601, -71.0589, "America/New_York");
  static final Place PHILADELPHIA = us("Philadelphia", "Pennsylvania", "PA", 39.9526, -75.1652, "America/New_York");
  static final Place ATLANTA = us("Atlanta", "Georgia", "GA", 33.7490, -84.3880, "America/New_York");
  static final Place MIAMI = us("Miami", "Florida", "FL", 25.7617, -80.1918, "America/New_York");
  static final Place RALEIGH = us("Raleigh", "North Carolina", "NC", 35.7796, -78.6382, "America/New_York");
  static final Place COLUMBUS = us("Columbus", "Ohio", "OH", 39.9612, -82.9988, "America/New_York");
  static final Place DETROIT = us("Detroit", "Michigan", "MI", 42.3314, -83.0458, "America/Detroit");
  static final Place ARLINGTON = us("Arlington", "Virginia", "VA", 38.8816, -77.0910, "America/New_York");
  static final Place ORLANDO = us("Orlando", "Florida", "FL", 28.5384, -81.3789, "America/New_York");

  /** Where employees live (roster homes); farms sit in the same kind of suburbs. */
  static final List<Place> US_HOMES = List.copyOf(ALL);

  // Abroad: travel, holidays, and where shipped laptops are used
  static final Place LONDON = place("London", "England", "ENG", "GB", "United Kingdom", "EU", 51.5074, -0.1278,
      "Europe/London");
  static final Place TORONTO = place("Toronto", "Ontario", "ON", "CA", "Canada", "NA", 43.6532, -79.3832,
      "America/Toronto");
  static final Place MEXICO_CITY = place("Mexico City", "Mexico City", "CMX", "MX", "Mexico", "NA", 19.4326,
      -99.1332, "America/Mexico_City");
  static final Place CANCUN = place("Cancun", "Quintana Roo", "ROO", "MX", "Mexico", "NA", 21.1619, -86.8515,
      "America/Cancun");
  static final Place MADRID = place("Madrid", "Madrid", "MD", "ES", "Spain", "EU", 40.4168, -3.7038, "Europe/Madrid");
  static final Place TOKYO = place("Tokyo", "Tokyo", "13", "JP", "Japan", "AS", 35.6762, 139.6503, "Asia/Tokyo");
  static final Place SEOUL = place("Seoul", "Seoul", "11", "KR", "South Korea", "AS", 37.5665, 126.9780, "Asia/Seoul");
  static final Place SHANGHAI = place("Shanghai", "Shanghai", "SH", "CN", "China", "AS", 31.2304, 121.4737,
      "Asia/Shanghai");
  static final Place BEIJING = place("Beijing", "Beijing", "BJ", "CN", "China", "AS", 39.9042, 116.4074,
      "Asia/Shanghai");
  static final Place DANDONG = place("Dandong", "Liaoning", "LN", "CN", "China", "AS", 40.1290, 124.3947,
      "Asia/Shanghai");
  static final Place SHENYANG = place("Shenyang", "Liaoning", "LN", "CN", "China", "AS", 41.8057, 123.4315,
      "Asia/Shanghai");
  static final Place VLADIVOSTOK = place("Vladivostok", "Primorsky Krai", "PRI", "RU", "Russia", "AS", 43.1198,
      131.8869, "Asia/Vladivostok");
  static final Place FRANKFURT = place("Frankfurt am Main", "Hesse", "HE", "DE", "Germany", "EU", 50.1109, 8.6821,
      "Europe/Berlin");
  static final Place SINGAPORE = place("Singapore", "Singapore", "01", "SG", "Singapore", "AS", 1.3521, 103.8198,
      "Asia/Singapore");
  static final Place ASHBURN = us("Ashburn", "Virginia", "VA", 39.0438, -77.4874, "America/New_York");

  private Cities() {}

  private static Place us(String city, String region, String code, double lat, double lon, String zone) {
    return place(city, region, code, "US", "United States", "NA", lat, lon, zone);
  }

  private static Place place(String city, String region, String code, String country, String countryName,
      String continent, double lat, double lon, String zone) {
    Place p = new Place(1000 + ALL.size(), city, region, code, country, countryName, continent, lat, lon, zone);
    ALL.add(p);
    return p;
  }
}
