package dev.farmguard.agent.simulate.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The red-team fleet: reproducible, every scenario present, evidence spelled as the real agent spells it. */
class RedTeamFleetTest {

  private static final Set<String> KVM_MAKERS = Set.of("PiKVM", "tinypilot", "JetKVM", "sipeed");
  private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

  @TempDir
  static Path dir;

  private static Map<String, String> scenarioOf;
  private static List<String> lines;

  @BeforeAll
  static void write() throws Exception {
    new RedTeamFleet(7, 60, 2, START).write(dir.resolve("a"));
    scenarioOf = new HashMap<>();
    for (String row : Files.readAllLines(dir.resolve("a/labels.csv")).subList(1, 1 + countDevices())) {
      String[] c = row.split(",");
      scenarioOf.put(c[0], c[2]);
    }
    lines = Files.readAllLines(dir.resolve("a/fleet.jsonl"));
  }

  private static int countDevices() throws Exception {
    return Files.readAllLines(dir.resolve("a/labels.csv")).size() - 1;
  }

  @Test
  void sameSeedGivesTheSameFiles() throws Exception {
    new RedTeamFleet(7, 60, 2, START).write(dir.resolve("b"));
    for (String f : List.of("fleet.jsonl", "labels.csv", "roster.csv", "collector-config.yaml",
        "geoip/FarmguardSim-ASN-Blocks-IPv4.csv")) {
      assertThat(Files.mismatch(dir.resolve("a").resolve(f), dir.resolve("b").resolve(f))).as(f).isEqualTo(-1L);
    }
  }

  @Test
  void everyScenarioHasLaptopsThatCheckIn() throws Exception {
    Set<String> checkedIn = new HashSet<>();
    for (String line : lines) {
      checkedIn.add(scenarioOf.get(snapshot(line).getDeviceId()));
    }
    assertThat(checkedIn).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(RedTeamScenario.values()).map(RedTeamScenario::cliName).toList());
  }

  @Test
  void evidenceIsWhatTheAgentReportsOnEachOs() throws Exception {
    Set<String> vpnEvidence = new HashSet<>();
    Set<OsFamily> families = new HashSet<>();
    boolean kvm = false;
    boolean anydeskLog = false;
    for (String line : lines) {
      Snapshot s = snapshot(line);
      families.add(s.getIdentity().getOsFamily());
      s.getNetwork().getVpnClientsList().forEach(v -> vpnEvidence.add(v.getMatchedTool() + " " + v.getEvidence()));
      kvm |= s.getUsbDevicesList().stream().anyMatch(u -> KVM_MAKERS.contains(u.getManufacturer())
          && u.getAbsolutePointer());
      anydeskLog |= s.getRemoteAccess().getLogEntriesList().stream()
          .anyMatch(e -> e.getTool().equals("anydesk") && !e.getRemoteId().isEmpty());
    }
    assertThat(families).contains(OsFamily.OS_FAMILY_WINDOWS, OsFamily.OS_FAMILY_MACOS, OsFamily.OS_FAMILY_LINUX);
    assertThat(vpnEvidence).contains("astrill process:Astrill.exe", "astrill path:C:\\Windows\\System32\\ASproxy64.dll",
        "generic-openvpn-tap adapter:TAP-Windows Adapter V9");
    assertThat(kvm).as("an IP-KVM gadget with its default strings and an absolute pointer").isTrue();
    assertThat(anydeskLog).as("AnyDesk connection logs read by the agent's parser").isTrue();
  }

  @Test
  void everyObservedAddressIsInTheGeoIpData() throws Exception {
    Set<String> blocks = new HashSet<>();
    for (String row : Files.readAllLines(dir.resolve("a/geoip/FarmguardSim-City-Blocks-IPv4.csv")).subList(1,
        Files.readAllLines(dir.resolve("a/geoip/FarmguardSim-City-Blocks-IPv4.csv")).size())) {
      blocks.add(row.substring(0, row.lastIndexOf('.', row.indexOf('/'))));
    }
    for (String line : lines) {
      String ip = line.substring(line.indexOf(":\"") + 2, line.indexOf("\","));
      assertThat(blocks).as(ip).contains(ip.substring(0, ip.lastIndexOf('.')));
    }
  }

  private static Snapshot snapshot(String line) throws Exception {
    Snapshot.Builder b = Snapshot.newBuilder();
    JsonFormat.parser().merge(line.substring(line.indexOf("\"snapshot\":") + 11, line.length() - 1), b);
    return b.build();
  }
}
