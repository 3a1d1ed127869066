package dev.farmguard.collector.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoLite2CsvTest {

  @TempDir Path dir;

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(GeoLite2CsvTest.class.getResource("/geoip/" + name).toURI());
  }

  private void copyFixture() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(fixture("csv-basic"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  private void replaceInFile(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private static InetAddress ip(String literal) throws IOException {
    return InetAddress.getByName(literal);
  }

  @Test
  void looksUpCityAndAsnForIpv4AndIpv6() throws Exception {
    try (GeoIpRegistry geo = GeoIpRegistry.open(List.of(fixture("csv-basic")))) {
      assertThat(geo.size()).isEqualTo(2);

      GeoLocation london = geo.city(ip("81.2.69.160")).orElseThrow();
      assertThat(london).isEqualTo(new GeoLocation("GB", "England", "London", 51.5142, -0.0931, 10, "Europe/London"));

      GeoLocation phoenix = geo.city(ip("11.0.255.255")).orElseThrow();
      assertThat(phoenix.city()).isEqualTo("Phoenix");
      assertThat(phoenix.region()).isEqualTo("Arizona");
      assertThat(phoenix.latitude()).isEqualTo(33.4484);
      assertThat(phoenix.longitude()).isEqualTo(-112.074);

      GeoLocation seoul6 = geo.city(ip("2001:db8:1:ffff::1")).orElseThrow();
      assertThat(seoul6.countryIsoCode()).isEqualTo("KR");
      assertThat(seoul6.timeZone()).isEqualTo("Asia/Seoul");

      assertThat(geo.asn(ip("11.0.3.4"))).contains(new AsnInfo(64512, "Copperline Broadband, Inc."));
      assertThat(geo.asn(ip("81.2.69.1"))).contains(new AsnInfo(20712, "Andrews & Arnold Ltd"));
      assertThat(geo.asn(ip("2001:db8:2::7"))).contains(new AsnInfo(4_200_000_001L, "Astraline Hosting"));
    }
  }

  @Test
  void missesOutsideEveryNetwork() throws Exception {
    try (GeoIpRegistry geo = GeoIpRegistry.open(List.of(fixture("csv-basic")))) {
      assertThat(geo.city(ip("81.2.68.255"))).isEmpty();
      assertThat(geo.city(ip("11.2.0.0"))).isEmpty();
      assertThat(geo.city(ip("0.0.0.0"))).isEmpty();
      assertThat(geo.city(ip("255.255.255.255"))).isEmpty();
      assertThat(geo.city(ip("2001:db8:3::1"))).isEmpty();
      assertThat(geo.city(ip("::"))).isEmpty();
      assertThat(geo.asn(ip("203.0.113.9"))).isEmpty();
    }
  }

  @Test
  void fallsBackToRegisteredCountryWhenGeonameIsEmpty() throws Exception {
    try (GeoIpRegistry geo = GeoIpRegistry.open(List.of(fixture("csv-basic")))) {
      GeoLocation us = geo.city(ip("203.0.113.50")).orElseThrow();
      assertThat(us.countryIsoCode()).isEqualTo("US");
      assertThat(us.city()).isEmpty();
      assertThat(us.accuracyRadiusKm()).isEqualTo(1000);
    }
  }

  @Test
  void acceptsBlocksInAnyOrderAndWithoutCoordinates() throws Exception {
    Files.writeString(dir.resolve("Test-Country-Blocks-IPv4.csv"), """
        network,geoname_id,registered_country_geoname_id,represented_country_geoname_id,is_anonymous_proxy,is_satellite_provider
        10.0.2.0/24,2,2,,0,0
        10.0.0.0/24,1,1,,0,0
        10.0.1.0/24,1,1,,0,0
        """);
    Files.writeString(dir.resolve("Test-Country-Locations-en.csv"), """
        geoname_id,locale_code,continent_code,continent_name,country_iso_code,country_name,is_in_european_union
        1,en,NA,"North America",US,"United States",0
        2,en,AS,Asia,KP,"North Korea",0
        """);
    try (GeoIpRegistry geo = GeoIpRegistry.open(List.of(dir))) {
      assertThat(geo.city(ip("10.0.1.200")).orElseThrow().countryIsoCode()).isEqualTo("US");
      GeoLocation kp = geo.city(ip("10.0.2.1")).orElseThrow();
      assertThat(kp.countryIsoCode()).isEqualTo("KP");
      assertThat(kp.hasCoordinates()).isFalse();
      // 10.0.0.0/24 and 10.0.1.0/24 share a place, so they merge into one range
      assertThat(geo.describe()).singleElement().asString().contains("2 IPv4");
    }
  }

  @Test
  void badCidrNamesFileAndLine() throws Exception {
    copyFixture();
    replaceInFile("GeoLite2-City-Blocks-IPv4.csv", "11.1.0.0/16", "11.1.0.0/33");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .isInstanceOf(GeoIpLoadException.class)
        .hasMessageContaining("GeoLite2-City-Blocks-IPv4.csv line 5")
        .hasMessageContaining("11.1.0.0/33");
  }

  @Test
  void hostBitsAndGarbageAreBadCidrs() throws Exception {
    copyFixture();
    replaceInFile("GeoLite2-ASN-Blocks-IPv6.csv", "2001:db8:2::/48", "2001:db8:2::1/48");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .hasMessageContaining("GeoLite2-ASN-Blocks-IPv6.csv line 3")
        .hasMessageContaining("host bits");
    replaceInFile("GeoLite2-ASN-Blocks-IPv6.csv", "2001:db8:2::1/48", "example.com/48");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .hasMessageContaining("GeoLite2-ASN-Blocks-IPv6.csv line 3")
        .hasMessageContaining("bad IPv4 address 'example.com'");
  }

  @Test
  void missingColumnNamesFileAndColumn() throws Exception {
    copyFixture();
    replaceInFile("GeoLite2-City-Locations-en.csv", "country_iso_code", "country_code");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .hasMessageContaining("GeoLite2-City-Locations-en.csv line 1: missing column 'country_iso_code'");
  }

  @Test
  void shortRowAndBadNumberAreReportedWithLine() throws Exception {
    copyFixture();
    replaceInFile("GeoLite2-ASN-Blocks-IPv4.csv", "11.1.0.0/16,4766,\"Korea Telecom\"", "11.1.0.0/16,4766");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .hasMessageContaining("GeoLite2-ASN-Blocks-IPv4.csv line 4: expected 3 columns, found 2");
    replaceInFile("GeoLite2-ASN-Blocks-IPv4.csv", "11.1.0.0/16,4766", "11.1.0.0/16,AS4766,x");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .hasMessageContaining("line 4: bad autonomous_system_number 'AS4766'");
  }

  @Test
  void unknownGeonameAndOverlapsAreErrors() throws Exception {
    copyFixture();
    replaceInFile("GeoLite2-City-Blocks-IPv6.csv", "2001:db8:2::/48,5308655", "2001:db8:2::/48,999");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .hasMessageContaining("GeoLite2-City-Blocks-IPv6.csv line 3: geoname_id 999 is not in GeoLite2-City-Locations-en.csv");
    replaceInFile("GeoLite2-City-Blocks-IPv6.csv", "2001:db8:2::/48,999", "2001:db8:1:8000::/49,5308655");
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .hasMessageContaining("overlapping networks in")
        .hasMessageContaining("GeoLite2-City-Blocks-IPv6.csv");
  }

  @Test
  void missingLocationsFileIsNamed() throws Exception {
    copyFixture();
    Files.delete(dir.resolve("GeoLite2-City-Locations-en.csv"));
    assertThatThrownBy(() -> GeoIpRegistry.open(List.of(dir)))
        .hasMessageContaining("missing " + dir.resolve("GeoLite2-City-Locations-en.csv"));
  }
}
