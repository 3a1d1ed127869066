package dev.farmguard.agent.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  @TempDir Path dir;

  private static final String[] SMALL = {"--devices", "120", "--days", "3", "--interval-minutes", "120"};

  private SimulatorFixture.Result simulate(Path out, long seed, String... extra) {
    String[] args = Stream.concat(Stream.of("--seed", Long.toString(seed), "--out", out.toString()), Stream.of(extra))
        .toArray(String[]::new);
    SimulatorFixture.Result r = SimulatorFixture.run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }

  @Test
  void sameSeedGivesByteIdenticalFiles() throws Exception {
    simulate(dir.resolve("a"), 7, SMALL);
    simulate(dir.resolve("b"), 7, SMALL);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve("a"))) {
      files = walk.filter(Files::isRegularFile).map(dir.resolve("a")::relativize).sorted().toList();
    }
    assertThat(files).extracting(Path::toString).contains("fleet.jsonl", "labels.csv", "roster.csv", "groups.csv",
        "collector-config.yaml", "geoip/FarmguardSim-City-Blocks-IPv4.csv", "geoip/FarmguardSim-City-Locations-en.csv",
        "geoip/FarmguardSim-ASN-Blocks-IPv6.csv");
    for (Path f : files) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f.toString())
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
    }
  }

  @Test
  void anotherSeedGivesAnotherFleet() throws Exception {
    simulate(dir.resolve("a"), 7, SMALL);
    simulate(dir.resolve("c"), 8, SMALL);
    assertThat(Files.readAllBytes(dir.resolve("c/fleet.jsonl"))).isNotEqualTo(Files.readAllBytes(dir.resolve("a/fleet.jsonl")));
    assertThat(Files.readAllBytes(dir.resolve("c/labels.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("a/labels.csv")));
  }

  @Test
  void scenarioMixIsHonoured() throws Exception {
    simulate(dir, 3, "--devices", "100", "--days", "1", "--interval-minutes", "240",
        "--scenario-mix", "ordinary-remote=50,housemates=20,farm-kvm=30");
    Map<String, Integer> counts = new HashMap<>();
    List<String[]> labels = SimulatorFixture.csv(dir.resolve("labels.csv"));
    for (String[] row : labels.subList(1, labels.size())) {
      counts.merge(row[2], 1, Integer::sum);
      assertThat(row[1]).isEqualTo(row[2].startsWith("farm-") ? "farm" : "benign");
    }
    assertThat(counts).containsOnly(Map.entry("ordinary-remote", 50), Map.entry("housemates", 20),
        Map.entry("farm-kvm", 30));
  }

  @Test
  void farmSizesStayWithinTwoToNinety() throws Exception {
    simulate(dir, 11, "--devices", "900", "--days", "1", "--interval-minutes", "720",
        "--scenario-mix", "ordinary-remote=10,farm-rmm=30,farm-kvm=30,farm-kvm-renamed=15,farm-mixed=15");
    Map<String, Integer> members = new HashMap<>();
    Map<String, Integer> declared = new HashMap<>();
    List<String[]> groups = SimulatorFixture.csv(dir.resolve("groups.csv"));
    assertThat(groups.get(0)).containsExactly("device_id", "group", "group_size", "scenario", "home_city", "home_region");
    for (String[] row : groups.subList(1, groups.size())) {
      if (row[3].startsWith("farm-")) {
        members.merge(row[1], 1, Integer::sum);
        declared.put(row[1], Integer.parseInt(row[2]));
      }
    }
    assertThat(members).isNotEmpty().isEqualTo(declared);
    assertThat(members.values()).allSatisfy(size -> assertThat(size).isBetween(2, 90));
    assertThat(members.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(15);
  }

  @Test
  void badOptionsAreRejectedNamingTheOption() {
    SimulatorFixture.Result badMix = SimulatorFixture.run("--seed", "1", "--out", dir.toString(), "--scenario-mix", "farm-ufo=3");
    assertThat(badMix.exitCode()).isEqualTo(2);
    assertThat(badMix.err()).contains("--scenario-mix: unknown scenario 'farm-ufo'");

    SimulatorFixture.Result badInterval = SimulatorFixture.run("--seed", "1", "--out", dir.toString(), "--interval-minutes", "7");
    assertThat(badInterval.exitCode()).isEqualTo(2);
    assertThat(badInterval.err()).contains("--interval-minutes must divide a day");

    SimulatorFixture.Result tooFew = SimulatorFixture.run("--seed", "1", "--out", dir.toString(), "--devices", "1",
        "--scenario-mix", "farm-kvm=1");
    assertThat(tooFew.exitCode()).isEqualTo(2);
    assertThat(tooFew.err()).contains("--devices 1 is too few for scenario farm-kvm");
    assertThat(dir.resolve("fleet.jsonl")).doesNotExist();
  }

  @Test
  void listsScenarios() {
    SimulatorFixture.Result r = SimulatorFixture.run("--seed", "1", "--out", dir.toString(), "--list-scenarios");
    assertThat(r.exitCode()).isZero();
    for (Scenario s : Scenario.values()) {
      assertThat(r.out()).contains(s.cliName());
    }
  }
}
