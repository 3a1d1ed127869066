package dev.farmguard.collector.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoIpRegistryTest {

  @TempDir Path dir;

  @Test
  void missingPathIsAStartupErrorNamingIt() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(missing)))
        .isInstanceOf(GeoIpLoadException.class)
        .hasMessage("--geoip " + missing + ": no such file or directory");
  }

  @Test
  void directoryWithoutDatabasesIsAnError() throws Exception {
    Files.writeString(dir.resolve("README.txt"), "nothing here");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .hasMessageContaining("--geoip " + dir + ": no .mmdb file and no GeoLite2");
  }

  @Test
  void plainFileThatIsNotMmdbIsAnError() throws Exception {
    Path csv = Files.writeString(dir.resolve("cities.csv"), "a,b\n");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(csv)))
        .hasMessageContaining("--geoip " + csv + ": expected a .mmdb file");
  }

  @Test
  void emptyRegistryAnswersNothing() throws Exception {
    try (GeoIpRegistry geo = GeoIpRegistry.empty()) {
      assertThat(geo.city(InetAddress.getByName("81.2.69.160"))).isEmpty();
      assertThat(geo.asn(InetAddress.getByName("81.2.69.160"))).isEmpty();
    }
  }

  @Test
  void firstPathThatAnswersWins() throws Exception {
    Path mmdbDir = Files.createDirectory(dir.resolve("mmdb"));
    new MmdbTestWriter("GeoLite2-City", 6, 24)
        .insert("81.2.69.0/24", Map.of("country", Map.of("iso_code", "FR"),
            "location", Map.of("latitude", 48.8566, "longitude", 2.3522)))
        .write(mmdbDir.resolve("override-City.mmdb"));
    try (GeoIpRegistry geo = GeoIpRegistry.open(List.of(mmdbDir, GeoLite2CsvTest.fixture("csv-basic")))) {
      assertThat(geo.size()).isEqualTo(3);
      assertThat(geo.city(InetAddress.getByName("81.2.69.1")).orElseThrow().countryIsoCode()).isEqualTo("FR");
      // the mmdb has no answer for this one: the CSV edition does
      assertThat(geo.city(InetAddress.getByName("11.1.0.1")).orElseThrow().countryIsoCode()).isEqualTo("KR");
      assertThat(geo.asn(InetAddress.getByName("11.1.0.1")).orElseThrow().number()).isEqualTo(4766);
    }
  }

  @Test
  void greatCircleDistances() {
    assertThat(GreatCircle.distanceKm(51.5074, -0.1278, 48.8566, 2.3522)).isBetween(343.0, 344.5);
    assertThat(GreatCircle.distanceKm(33.4484, -112.074, 37.566, 126.9784)).isBetween(9_900.0, 10_200.0);
    assertThat(GreatCircle.distanceKm(10, 20, 10, 20)).isZero();
    assertThat(GreatCircle.distanceKm(0, 0, 0, 180)).isCloseTo(Math.PI * GreatCircle.EARTH_RADIUS_KM, org.assertj.core.data.Offset.offset(1e-6));
    GeoLocation noCoordinates = new GeoLocation("US", "", "", Double.NaN, Double.NaN, 0, "");
    assertThat(noCoordinates.distanceKmTo(1, 1)).isNaN();
  }
}
