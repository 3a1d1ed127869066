package dev.farmguard.agent.simulate;

import java.util.ArrayList;
import java.util.List;

/** The fixed geography of the simulated world: US homes, travel destinations, operators' cities, VPN exits. */
final class Places {

  static final List<Place> ALL = new ArrayList<>();

  /** Where employees live (and facilitators keep farms). */
  static final List<Place> US_HOMES;
  /** Foreign cities employees travel to. */
  static final List<Place> ABROAD_TRAVEL;
  /** Where far-away operators sit. */
  static final List<Place> OPERATORS;
  /** Datacenter cities of VPN exits in the US. */
  static final List<Place> VPN_EXITS_US;
  /** Datacenter cities of VPN exits abroad. */
  static final List<Place> VPN_EXITS_ABROAD;
  /** Where remote-desktop relays run. */
  static final List<Place> RELAYS;

  static {
    US_HOMES = List.of(
        us("New York", "New York", "NY", 40.7128, -74.0060, "America/New_York"),
        us("Boston", "Massachusetts", "MA", 42.3601, -71.0589, "America/New_York"),
        us("Philadelphia", "Pennsylvania", "PA", 39.9526, -75.1652, "America/New_York"),
        us("Pittsburgh", "Pennsylvania", "PA", 40.4406, -79.9959, "America/New_York"),
        us("Baltimore", "Maryland", "MD", 39.2904, -76.6122, "America/New_York"),
        us("Washington", "District of Columbia", "DC", 38.9072, -77.0369, "America/New_York"),
        us("Richmond", "Virginia", "VA", 37.5407, -77.4360, "America/New_York"),
        us("Raleigh", "North Carolina", "NC", 35.7796, -78.6382, "America/New_York"),
        us("Charlotte", "North Carolina", "NC", 35.2271, -80.8431, "America/New_York"),
        us("Atlanta", "Georgia", "GA", 33.7490, -84.3880, "America/New_York"),
        us("Miami", "Florida", "FL", 25.7617, -80.1918, "America/New_York"),
        us("Orlando", "Florida", "FL", 28.5383, -81.3792, "America/New_York"),
        us("Tampa", "Florida", "FL", 27.9506, -82.4572, "America/New_York"),
        us("Columbus", "Ohio", "OH", 39.9612, -82.9988, "America/New_York"),
        us("Detroit", "Michigan", "MI", 42.3314, -83.0458, "America/Detroit"),
        us("Indianapolis", "Indiana", "IN", 39.7684, -86.1581, "America/Indiana/Indianapolis"),
        us("Nashville", "Tennessee", "TN", 36.1627, -86.7816, "America/Chicago"),
        us("Chicago", "Illinois", "IL", 41.8781, -87.6298, "America/Chicago"),
        us("Milwaukee", "Wisconsin", "WI", 43.0389, -87.9065, "America/Chicago"),
        us("Minneapolis", "Minnesota", "MN", 44.9778, -93.2650, "America/Chicago"),
        us("St. Louis", "Missouri", "MO", 38.6270, -90.1994, "America/Chicago"),
        us("Kansas City", "Missouri", "MO", 39.0997, -94.5786, "America/Chicago"),
        us("New Orleans", "Louisiana", "LA", 29.9511, -90.0715, "America/Chicago"),
        us("Dallas", "Texas", "TX", 32.7767, -96.7970, "America/Chicago"),
        us("Houston", "Texas", "TX", 29.7604, -95.3698, "America/Chicago"),
        us("Austin", "Texas", "TX", 30.2672, -97.7431, "America/Chicago"),
        us("San Antonio", "Texas", "TX", 29.4241, -98.4936, "America/Chicago"),
        us("Oklahoma City", "Oklahoma", "OK", 35.4676, -97.5164, "America/Chicago"),
        us("Omaha", "Nebraska", "NE", 41.2565, -95.9345, "America/Chicago"),
        us("Denver", "Colorado", "CO", 39.7392, -104.9903, "America/Denver"),
        us("Salt Lake City", "Utah", "UT", 40.7608, -111.8910, "America/Denver"),
        us("Albuquerque", "New Mexico", "NM", 35.0844, -106.6504, "America/Denver"),
        us("Boise", "Idaho", "ID", 43.6150, -116.2023, "America/Boise"),
        us("Phoenix", "Arizona", "AZ", 33.4484, -112.0740, "America/Phoenix"),
        us("Tucson", "Arizona", "AZ", 32.2226, -110.9747, "America/Phoenix"),
        us("Litchfield Park", "Arizona", "AZ", 33.4934, -112.3580, "America/Phoenix"),
        us("Las Vegas", "Nevada", "NV", 36.1699, -115.1398, "America/Los_Angeles"),
        us("Los Angeles", "California", "CA", 34.0522, -118.2437, "America/Los_Angeles"),
        us("San Diego", "California", "CA", 32.7157, -117.1611, "America/Los_Angeles"),
        us("San Francisco", "California", "CA", 37.7749, -122.4194, "America/Los_Angeles"),
        us("San Jose", "California", "CA", 37.3382, -121.8863, "America/Los_Angeles"),
        us("Sacramento", "California", "CA", 38.5816, -121.4944, "America/Los_Angeles"),
        us("Portland", "Oregon", "OR", 45.5152, -122.6784, "America/Los_Angeles"),
        us("Seattle", "Washington", "WA", 47.6062, -122.3321, "America/Los_Angeles"),
        us("Anchorage", "Alaska", "AK", 61.2181, -149.9003, "America/Anchorage"),
        us("Honolulu", "Hawaii", "HI", 21.3069, -157.8583, "Pacific/Honolulu"));
    ABROAD_TRAVEL = List.of(
        add("London", "England", "ENG", "GB", "United Kingdom", "EU", 51.5074, -0.1278, "Europe/London"),
        add("Paris", "Île-de-France", "IDF", "FR", "France", "EU", 48.8566, 2.3522, "Europe/Paris"),
        add("Berlin", "Berlin", "BE", "DE", "Germany", "EU", 52.5200, 13.4050, "Europe/Berlin"),
        add("Toronto", "Ontario", "ON", "CA", "Canada", "NA", 43.6532, -79.3832, "America/Toronto"),
        add("Mexico City", "Mexico City", "CMX", "MX", "Mexico", "NA", 19.4326, -99.1332, "America/Mexico_City"),
        add("Tokyo", "Tokyo", "13", "JP", "Japan", "AS", 35.6762, 139.6503, "Asia/Tokyo"));
    OPERATORS = List.of(
        add("Shenyang", "Liaoning", "LN", "CN", "China", "AS", 41.8057, 123.4315, "Asia/Shanghai"),
        add("Dandong", "Liaoning", "LN", "CN", "China", "AS", 40.1290, 124.3947, "Asia/Shanghai"),
        add("Yanji", "Jilin", "JL", "CN", "China", "AS", 42.9048, 129.5133, "Asia/Shanghai"),
        add("Beijing", "Beijing", "BJ", "CN", "China", "AS", 39.9042, 116.4074, "Asia/Shanghai"),
        add("Vladivostok", "Primorskiy Kray", "PRI", "RU", "Russia", "EU", 43.1198, 131.8869, "Asia/Vladivostok"));
    VPN_EXITS_US = List.of(
        us("Ashburn", "Virginia", "VA", 39.0438, -77.4874, "America/New_York"),
        us("Secaucus", "New Jersey", "NJ", 40.7895, -74.0565, "America/New_York"),
        us("Elk Grove Village", "Illinois", "IL", 42.0039, -87.9703, "America/Chicago"),
        us("Carrollton", "Texas", "TX", 32.9537, -96.8903, "America/Chicago"),
        us("Santa Clara", "California", "CA", 37.3541, -121.9552, "America/Los_Angeles"),
        us("Tukwila", "Washington", "WA", 47.4740, -122.2610, "America/Los_Angeles"));
    VPN_EXITS_ABROAD = List.of(
        add("Amsterdam", "North Holland", "NH", "NL", "Netherlands", "EU", 52.3676, 4.9041, "Europe/Amsterdam"),
        add("Zurich", "Zurich", "ZH", "CH", "Switzerland", "EU", 47.3769, 8.5417, "Europe/Zurich"),
        add("Singapore", "Central Singapore", "01", "SG", "Singapore", "AS", 1.3521, 103.8198, "Asia/Singapore"),
        add("Hong Kong", "Central and Western District", "HCW", "HK", "Hong Kong", "AS", 22.3193, 114.1694, "Asia/Hong_Kong"));
    RELAYS = List.of(
        add("Frankfurt am Main", "Hesse", "HE", "DE", "Germany", "EU", 50.1109, 8.6821, "Europe/Berlin"),
        us("Reston", "Virginia", "VA", 38.9586, -77.3570, "America/New_York"));
  }

  private Places() {}

  private static Place us(String city, String region, String code, double lat, double lon, String zone) {
    return add(city, region, code, "US", "United States", "NA", lat, lon, zone);
  }

  private static Place add(String city, String region, String code, String country, String countryName,
      String continent, double lat, double lon, String zone) {
    Place p = new Place(ALL.size(), city, region, code, country, countryName, continent, lat, lon, zone);
    ALL.add(p);
    return p;
  }

  static Place byName(String city) {
    for (Place p : ALL) {
      if (p.city().equals(city)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no place " + city);
  }
}
