package dev.farmguard.agent.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.util.JsonFormat;
import dev.farmguard.proto.v1.ChassisType;
import dev.farmguard.proto.v1.Display;
import dev.farmguard.proto.v1.DisplayConnection;
import dev.farmguard.proto.v1.LidState;
import dev.farmguard.proto.v1.RemoteLogEntry;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.Socket;
import dev.farmguard.proto.v1.UsbDevice;
import java.io.BufferedReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks five generated days of a default-mix fleet, line by line. */
class FleetOutputTest {

  @TempDir static Path dir;

  private static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parsed replay lines: observed IP and snapshot. */
  private record Line(String observedIp, Snapshot snapshot) {}

  private static final List<Line> lines = new ArrayList<>();
  private static final Map<String, String> scenarioOf = new LinkedHashMap<>();
  private static final Map<String, String> groupOf = new HashMap<>();
  private static final List<String[]> roster = new ArrayList<>();
  private static List<Cidrs.Block> geoBlocks;

  @BeforeAll
  static void generate() throws Exception {
    SimulatorFixture.Result r = SimulatorFixture.run("--seed", "2024", "--out", dir.toString(), "--devices", "120",
        "--days", "5", "--interval-minutes", "60");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonFormat.Parser parser = JsonFormat.parser();
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("fleet.jsonl"), StandardCharsets.UTF_8)) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        JsonNode node = JSON.readTree(text);
        assertThat(node.fieldNames()).toIterable().containsExactly("observedIp", "snapshot");
        Snapshot.Builder b = Snapshot.newBuilder();
        parser.merge(node.get("snapshot").toString(), b);
        lines.add(new Line(node.get("observedIp").asText(), b.build()));
      }
    }
    List<String[]> labels = SimulatorFixture.csv(dir.resolve("labels.csv"));
    assertThat(labels.get(0)).containsExactly("device_id", "label", "scenario");
    for (String[] row : labels.subList(1, labels.size())) {
      assertThat(scenarioOf.put(row[0], row[2])).as("duplicate label for " + row[0]).isNull();
    }
    for (String[] row : SimulatorFixture.csv(dir.resolve("groups.csv")).subList(1, labels.size())) {
      groupOf.put(row[0], row[1]);
    }
    roster.addAll(SimulatorFixture.csv(dir.resolve("roster.csv")));
    geoBlocks = Cidrs.load(dir.resolve("geoip"));
  }

  @Test
  void everyLineIsAValidSnapshotInEventTimeOrder() throws Exception {
    assertThat(lines).hasSizeGreaterThan(2_000);
    Map<String, Long> lastSequence = new HashMap<>();
    long previous = 0;
    for (Line line : lines) {
      Snapshot s = line.snapshot();
      long t = s.getCollectedAt().getSeconds();
      assertThat(t).isGreaterThanOrEqualTo(previous).isBetween(START.getEpochSecond(), START.getEpochSecond() + 5 * 86_400);
      previous = t;
      assertThat(scenarioOf).containsKey(s.getDeviceId());
      Long before = lastSequence.put(s.getDeviceId(), s.getSequence());
      assertThat(s.getSequence()).isGreaterThan(before == null ? 0 : before);
      assertThat(line.observedIp()).matches("[0-9a-f:.]+");
      assertThat(s.getIdentity().getChassisType()).isEqualTo(ChassisType.CHASSIS_TYPE_LAPTOP);
      assertThat(s.getIdentity().getHostname()).isNotEmpty();
      assertThat(s.getNetwork().getGatewaysList()).isNotEmpty();
      assertThat(s.getNetwork().getGateways(0).getMac()).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
      assertThat(ZoneId.of(s.getLocale().getTimeZone())).isNotNull();
      assertThat(s.getLocale().getKeyboardLayoutsList()).isNotEmpty();
      for (Display d : s.getDisplaysList()) {
        if (!d.getEdid().isEmpty()) {
          assertThat(EdidBuilderTest.checksumOk(d.getEdid().toByteArray())).isTrue();
        }
      }
    }
    assertThat(lastSequence.keySet()).isEqualTo(scenarioOf.keySet()); // every device checks in at least once
  }

  @Test
  void rosterHasOneRowPerLabelledDevice() {
    assertThat(roster.get(0)).containsExactly("device_id", "employee_id", "employee_name", "email", "country", "region",
        "city", "latitude", "longitude", "timezone");
    Set<String> ids = new HashSet<>();
    for (String[] row : roster.subList(1, roster.size())) {
      assertThat(row).hasSize(10);
      assertThat(ids.add(row[0])).isTrue();
      assertThat(row[4]).isEqualTo("US");
      assertThat(row[3]).contains("@").endsWith(".example");
      assertThat(Double.parseDouble(row[7])).isBetween(18.0, 72.0);
      assertThat(Double.parseDouble(row[8])).isBetween(-170.0, -60.0);
      assertThat(ZoneId.of(row[9])).isNotNull();
    }
    assertThat(ids).isEqualTo(scenarioOf.keySet());
  }

  @Test
  void geoIpCoversEveryAddressTheReplayUses() throws Exception {
    Set<String> addresses = new HashSet<>();
    for (Line line : lines) {
      addresses.add(line.observedIp());
      for (RemoteLogEntry e : line.snapshot().getRemoteAccess().getLogEntriesList()) {
        if (!e.getRemoteAddress().isEmpty()) {
          addresses.add(e.getRemoteAddress());
        }
      }
      for (Socket c : line.snapshot().getRemoteAccess().getConnectionsList()) {
        addresses.add(c.getRemoteAddress());
      }
    }
    for (String a : addresses) {
      assertThat(Cidrs.find(geoBlocks, InetAddress.getByName(a))).as(a).isNotNull();
    }
    // far-away operators are in the data
    assertThat(addresses).anyMatch(a -> {
      Cidrs.Block b = Cidrs.find(geoBlocks, parse(a));
      return b.country().equals("CN") || b.country().equals("RU");
    });
  }

  @Test
  void employeesNeverTravelFasterThanAPlane() {
    Map<String, Line> previous = new HashMap<>();
    int moves = 0;
    for (Line line : lines) {
      Snapshot s = line.snapshot();
      boolean vpn = s.getNetwork().getVpnClientsList().stream().anyMatch(v -> v.getRunning());
      if (scenarioOf.get(s.getDeviceId()).startsWith("farm-") || vpn) {
        continue;
      }
      Line before = previous.put(s.getDeviceId(), line);
      if (before == null) {
        continue;
      }
      Cidrs.Block from = Cidrs.find(geoBlocks, parse(before.observedIp()));
      Cidrs.Block to = Cidrs.find(geoBlocks, parse(line.observedIp()));
      double km = Cidrs.distanceKm(from, to);
      double hours = (s.getCollectedAt().getSeconds() - before.snapshot().getCollectedAt().getSeconds()) / 3600.0;
      if (km > 100) {
        moves++;
        assertThat(km / hours).as(s.getDeviceId() + " " + from.city() + " -> " + to.city()).isLessThan(950);
      }
    }
    assertThat(moves).as("travellers move").isPositive();
  }

  @Test
  void farmLaptopsShareTheFacilitatorsRouterAndShowTheirTells() {
    Map<String, Set<String>> routersPerGroup = new HashMap<>();
    Set<String> regionsClaimed = new HashSet<>();
    boolean sawKvm = false;
    for (Line line : lines) {
      Snapshot s = line.snapshot();
      String scenario = scenarioOf.get(s.getDeviceId());
      if (!scenario.startsWith("farm-")) {
        continue;
      }
      routersPerGroup.computeIfAbsent(groupOf.get(s.getDeviceId()), g -> new HashSet<>())
          .add(s.getNetwork().getGateways(0).getMac());
      assertThat(s.getPower().getSource().name()).isEqualTo("POWER_SOURCE_AC");
      boolean kvmUsb = s.getUsbDevicesList().stream().anyMatch(FleetOutputTest::compositeKvmTell);
      if (scenario.equals("farm-kvm") || scenario.equals("farm-kvm-renamed")) {
        sawKvm = true;
        assertThat(kvmUsb).as("keyboard + absolute pointer gadget").isTrue();
        assertThat(s.getPower().getLid()).isEqualTo(LidState.LID_STATE_CLOSED);
        assertThat(s.getDisplaysList()).anySatisfy(d -> assertThat(d.getConnection())
            .isEqualTo(DisplayConnection.DISPLAY_CONNECTION_EXTERNAL));
      }
      if (scenario.equals("farm-rmm")) {
        assertThat(s.getRemoteAccess().getProcessesList()).isNotEmpty();
      }
    }
    assertThat(sawKvm).isTrue();
    assertThat(routersPerGroup).allSatisfy((g, macs) -> assertThat(macs).as(g).hasSize(1));
    for (String[] row : roster.subList(1, roster.size())) {
      if (scenarioOf.get(row[0]).startsWith("farm-")) {
        regionsClaimed.add(row[5]);
      }
    }
    assertThat(regionsClaimed.size()).isGreaterThan(3);
  }

  @Test
  void unrelatedHomesNeverShareARouterAnAccessPointOrAnAddress() {
    Map<String, Set<String>> groupsPerRouter = new HashMap<>();
    Map<String, Set<String>> groupsPerBssid = new HashMap<>();
    Map<String, Set<String>> groupsPerIp = new HashMap<>();
    for (Line line : lines) {
      Snapshot s = line.snapshot();
      String gatewayIp = s.getNetwork().getGateways(0).getIp();
      boolean home = gatewayIp.startsWith("192.168.") || gatewayIp.equals("10.0.0.1");
      if (!home) {
        continue; // offices and hotels are shared on purpose
      }
      String group = groupOf.get(s.getDeviceId());
      groupsPerRouter.computeIfAbsent(s.getNetwork().getGateways(0).getMac(), k -> new HashSet<>()).add(group);
      s.getNetwork().getVisibleAccessPointsList()
          .forEach(ap -> groupsPerBssid.computeIfAbsent(ap.getBssid(), k -> new HashSet<>()).add(group));
      boolean vpn = s.getNetwork().getVpnClientsList().stream().anyMatch(v -> v.getRunning());
      if (!vpn) {
        String ip = line.observedIp();
        // IPv6: laptops behind one router share the /64, not the address
        String key = ip.contains(":") ? java.util.HexFormat.of().formatHex(parse(ip).getAddress(), 0, 8) + "::/64" : ip;
        groupsPerIp.computeIfAbsent(key, k -> new HashSet<>()).add(group);
      }
    }
    assertThat(groupsPerRouter).isNotEmpty().allSatisfy((mac, groups) -> assertThat(groups).as(mac).hasSize(1));
    assertThat(groupsPerBssid).allSatisfy((bssid, groups) -> assertThat(groups).as(bssid).hasSize(1));
    assertThat(groupsPerIp).allSatisfy((ip, groups) -> assertThat(groups).as(ip).hasSize(1));
  }

  @Test
  void uniqueMacsAreUnique() {
    Set<String> macs = new HashSet<>();
    for (int i = 0; i < 1 << 17; i++) {
      assertThat(macs.add(Rng.uniqueMac("00:11:22", 42, Rng.Salt.HOME_MACS, i))).isTrue();
    }
  }

  @Test
  void benignLookAlikesHaveTheirTraitsButNotTheKvmCombination() {
    boolean piGadget = false;
    boolean tsbPanel = false;
    for (Line line : lines) {
      Snapshot s = line.snapshot();
      String scenario = scenarioOf.get(s.getDeviceId());
      if (scenario.startsWith("farm-")) {
        continue;
      }
      assertThat(s.getUsbDevicesList()).noneMatch(FleetOutputTest::compositeKvmTell);
      piGadget |= s.getUsbDevicesList().stream().anyMatch(u -> u.getVendorId() == 0x1d6b && u.getProductId() == 0x0104);
      if (scenario.equals("toshiba-panel")) {
        byte[] panel = s.getDisplays(0).getEdid().toByteArray();
        tsbPanel |= EdidBuilderTest.pnpId(panel).equals("TSB");
      }
    }
    assertThat(piGadget).isTrue();
    assertThat(tsbPanel).isTrue();
  }

  /** Keyboard + absolute pointer on one USB device (+ usually a virtual drive): what renaming keeps. */
  static boolean compositeKvmTell(UsbDevice u) {
    boolean keyboard = u.getInterfacesList().stream().anyMatch(i -> i.getInterfaceClass() == 3 && i.getInterfaceProtocol() == 1);
    return keyboard && u.getAbsolutePointer();
  }

  private static InetAddress parse(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
