package dev.farmguard.collector.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.geo.MmdbTestWriter.U16;
import dev.farmguard.collector.geo.MmdbTestWriter.U32;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmdbDatabaseTest {

  @TempDir Path dir;

  private static Map<String, Object> names(String en) {
    return Map.of("names", Map.of("en", en, "de", en + "-de"));
  }

  private Path writeCity(String type, int recordSize) throws Exception {
    Path file = dir.resolve(type + ".mmdb");
    new MmdbTestWriter(type, 6, recordSize)
        .insert("81.2.69.0/24", Map.of(
            "city", names("London"),
            "continent", Map.of("code", "EU"),
            "country", Map.of("iso_code", "GB", "geoname_id", new U32(2635167)),
            "location", Map.of("latitude", 51.5142, "longitude", -0.0931,
                "accuracy_radius", new U16(10), "time_zone", "Europe/London"),
            "subdivisions", List.of(Map.of("iso_code", "ENG", "names", Map.of("en", "England")),
                Map.of("iso_code", "IGL", "names", Map.of("en", "Islington")))))
        .insert("2001:db8:1::/48", Map.of(
            "city", names("Seoul"),
            "country", Map.of("iso_code", "KR"),
            "location", Map.of("latitude", 37.566, "longitude", 126.9784,
                "accuracy_radius", new U32(50), "time_zone", "Asia/Seoul")))
        .insert("198.51.100.0/24", Map.of("registered_country", Map.of("iso_code", "US")))
        .write(file);
    return file;
  }

  @Test
  void readsGeoLite2CityRecordsForIpv4AndIpv6() throws Exception {
    try (GeoIpRegistry geo = GeoIpRegistry.open(List.of(writeCity("GeoLite2-City", 24)))) {
      assertThat(geo.city(InetAddress.getByName("81.2.69.142"))).contains(
          new GeoLocation("GB", "England", "London", 51.5142, -0.0931, 10, "Europe/London"));
      GeoLocation seoul = geo.city(InetAddress.getByName("2001:db8:1::abcd")).orElseThrow();
      assertThat(seoul.city()).isEqualTo("Seoul");
      assertThat(seoul.accuracyRadiusKm()).isEqualTo(50); // stored as uint32 here
      assertThat(geo.asn(InetAddress.getByName("81.2.69.142"))).isEmpty();
    }
  }

  @Test
  void registeredCountryStandsInAndMissesAreEmpty() throws Exception {
    try (GeoIpRegistry geo = GeoIpRegistry.open(List.of(writeCity("GeoIP2-City", 32)))) {
      GeoLocation us = geo.city(InetAddress.getByName("198.51.100.7")).orElseThrow();
      assertThat(us.countryIsoCode()).isEqualTo("US");
      assertThat(us.hasCoordinates()).isFalse();
      assertThat(geo.city(InetAddress.getByName("81.2.70.1"))).isEmpty();
      assertThat(geo.city(InetAddress.getByName("2001:db8:2::1"))).isEmpty();
    }
  }

  @Test
  void readsDbIpCityLiteWithoutRadiusOrZone() throws Exception {
    Path file = dir.resolve("dbip-city-lite.mmdb");
    new MmdbTestWriter("DBIP-City-Lite", 6, 24)
        .insert("11.0.0.0/16", Map.of("city", names("Phoenix"), "country", Map.of("iso_code", "US"),
            "location", Map.of("latitude", 33.4484, "longitude", -112.074),
            "subdivisions", List.of(names("Arizona"))))
        .write(file);
    try (GeoIpRegistry geo = GeoIpRegistry.open(List.of(file))) {
      assertThat(geo.city(InetAddress.getByName("11.0.9.9"))).contains(
          new GeoLocation("US", "Arizona", "Phoenix", 33.4484, -112.074, 0, ""));
    }
  }

  @Test
  void readsAsnDatabasesIncludingIpv4OnlyTrees() throws Exception {
    Path asn = dir.resolve("GeoLite2-ASN.mmdb");
    new MmdbTestWriter("GeoLite2-ASN", 4, 32)
        .insert("1.128.0.0/11", Map.of("autonomous_system_number", new U32(1221),
            "autonomous_system_organization", "Telstra Pty Ltd"))
        .insert("11.1.0.0/16", Map.of("autonomous_system_number", new U32(4_200_000_001L),
            "autonomous_system_organization", "Astraline Hosting"))
        .write(asn);
    try (GeoIpRegistry geo = GeoIpRegistry.open(List.of(asn))) {
      assertThat(geo.asn(InetAddress.getByName("1.159.255.255"))).contains(new AsnInfo(1221, "Telstra Pty Ltd"));
      assertThat(geo.asn(InetAddress.getByName("11.1.2.3"))).contains(new AsnInfo(4_200_000_001L, "Astraline Hosting"));
      assertThat(geo.asn(InetAddress.getByName("1.160.0.0"))).isEmpty();
      assertThat(geo.asn(InetAddress.getByName("2001:db8::1"))).isEmpty(); // IPv6 in an IPv4-only tree
      assertThat(geo.city(InetAddress.getByName("1.128.0.1"))).isEmpty();
    }
  }

  @Test
  void unsupportedDatabaseTypeIsNamed() throws Exception {
    Path file = dir.resolve("anon.mmdb");
    new MmdbTestWriter("GeoIP2-Anonymous-IP", 6, 24)
        .insert("11.0.0.0/8", Map.of("is_anonymous", Boolean.TRUE))
        .write(file);
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(file)))
        .isInstanceOf(GeoIpLoadException.class)
        .hasMessageContaining("unsupported database_type 'GeoIP2-Anonymous-IP' in " + file);
  }

  @Test
  void garbageFileIsNamed() throws Exception {
    Path file = Files.write(dir.resolve("broken.mmdb"), new byte[] {1, 2, 3, 4, 5});
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .isInstanceOf(GeoIpLoadException.class)
        .hasMessageContaining("cannot open MaxMind database " + file);
  }
}
