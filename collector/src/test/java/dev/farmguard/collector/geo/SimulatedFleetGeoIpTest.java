package dev.farmguard.collector.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.agent.simulate.SimulateCommand;
import java.io.BufferedReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The simulator's geoip/ directory loads here and places every address of its replay. */
class SimulatedFleetGeoIpTest {

  @TempDir Path dir;

  @Test
  void everyReplayAddressHasACityAndAnAsn() throws Exception {
    int code = new CommandLine(new SimulateCommand()).execute("--seed", "99", "--out", dir.toString(),
        "--devices", "150", "--days", "2", "--interval-minutes", "180");
    assertThat(code).isZero();
    Map<String, String> labels = new HashMap<>();
    for (String row : Files.readAllLines(dir.resolve("labels.csv")).subList(1, 151)) {
      String[] f = row.split(",");
      labels.put(f[0], f[1]);
    }
    ObjectMapper json = new ObjectMapper();
    int astrill = 0;
    int far = 0;
    try (GeoIpRegistry geo = GeoIpRegistry.open(List.of(dir.resolve("geoip")));
        BufferedReader in = Files.newBufferedReader(dir.resolve("fleet.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode node = json.readTree(line);
        InetAddress ip = InetAddress.getByName(node.get("observedIp").asText());
        GeoLocation where = geo.city(ip).orElseThrow(() -> new AssertionError("no city for " + ip));
        AsnInfo asn = geo.asn(ip).orElseThrow(() -> new AssertionError("no ASN for " + ip));
        assertThat(where.hasCoordinates()).isTrue();
        assertThat(where.timeZone()).isNotEmpty();
        JsonNode snapshot = node.get("snapshot");
        boolean astrillOn = false;
        for (JsonNode vpn : snapshot.path("network").path("vpnClients")) {
          astrillOn |= vpn.path("matchedTool").asText().equals("astrill") && vpn.path("running").asBoolean();
        }
        if (astrillOn) {
          astrill++;
          assertThat(asn.organization()).isEqualTo("Orbitra Hosting LLC");
        }
        for (JsonNode entry : snapshot.path("remoteAccess").path("logEntries")) {
          String peer = entry.path("remoteAddress").asText();
          if (!peer.isEmpty()) {
            GeoLocation peerAt = geo.city(InetAddress.getByName(peer)).orElseThrow();
            if (!peerAt.countryIsoCode().equals("US")) {
              far++;
              assertThat(labels.get(snapshot.get("deviceId").asText())).isEqualTo("farm");
            }
          }
        }
      }
    }
    assertThat(astrill).isPositive();
    assertThat(far).isPositive();
  }
}
