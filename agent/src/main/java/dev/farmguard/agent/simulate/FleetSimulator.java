package dev.farmguard.agent.simulate;

import com.google.protobuf.util.JsonFormat;
import dev.farmguard.proto.v1.Snapshot;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a simulated fleet: fleet.jsonl (replay file, ordered by collection time), labels.csv
 * (ground truth), roster.csv (where each employee claims to be), groups.csv (which devices share a
 * home or a farm), geoip/ (GeoLite2-layout CSVs covering every address) and collector-config.yaml.
 * Streams: memory is a few arrays per device, never the fleet's snapshots.
 */
final class FleetSimulator {

  /** What was written. */
  record Summary(int devices, long snapshots, long bytes, Map<Scenario, Integer> devicesPerScenario, int farms,
      int largestFarm) {}

  private final SimulationConfig config;
  private final List<Employers.Employer> employers;
  private final FleetPlan plan;
  private final ProfileFactory profiles;

  FleetSimulator(SimulationConfig config) {
    this.config = config;
    this.employers = Employers.build(config.seed(), config.employers());
    this.plan = FleetPlan.build(config, employers);
    this.profiles = new ProfileFactory(config, plan, employers);
  }

  Summary run() throws IOException {
    Path out = config.out();
    Files.createDirectories(out);
    Map<Scenario, Integer> perScenario = writeTables(out);
    GeoIpCsvWriter.write(out.resolve("geoip"), NetworkPlan.all(employers));
    CollectorConfigWriter.write(out.resolve("collector-config.yaml"), employers, Employers.itPeerIds(config.seed()));
    long[] written = writeReplay(out.resolve("fleet.jsonl"));
    int farms = 0;
    int largest = 0;
    for (int g = 0; g < plan.groups(); g++) {
      if (plan.scenario(g).isFarm()) {
        farms++;
        largest = Math.max(largest, plan.size(g));
      }
    }
    return new Summary(plan.devices(), written[0], written[1], perScenario, farms, largest);
  }

  /** labels.csv, roster.csv and groups.csv, one row per device in index order. */
  private Map<Scenario, Integer> writeTables(Path out) throws IOException {
    Map<Scenario, Integer> perScenario = new EnumMap<>(Scenario.class);
    try (Writer labels = Files.newBufferedWriter(out.resolve("labels.csv"), StandardCharsets.UTF_8);
        Writer roster = Files.newBufferedWriter(out.resolve("roster.csv"), StandardCharsets.UTF_8);
        Writer groups = Files.newBufferedWriter(out.resolve("groups.csv"), StandardCharsets.UTF_8)) {
      labels.write("device_id,label,scenario\n");
      roster.write("device_id,employee_id,employee_name,email,country,region,city,latitude,longitude,timezone\n");
      groups.write("device_id,group,group_size,scenario,home_city,home_region\n");
      for (int d = 0; d < plan.devices(); d++) {
        DeviceProfile p = profiles.profile(d);
        DeviceProfile.Person person = p.person();
        Place claimed = person.rosterPlace();
        labels.write(Csv.row(p.deviceId(), p.scenario().label(), p.scenario().cliName()));
        roster.write(Csv.row(p.deviceId(), person.employeeId(), person.firstName() + " " + person.lastName(),
            person.email(), claimed.country(), claimed.region(), claimed.city(), person.rosterLatitude(),
            person.rosterLongitude(), claimed.zone()));
        groups.write(Csv.row(p.deviceId(), "g" + p.group(), plan.size(p.group()), p.scenario().cliName(),
            p.home().place().city(), p.home().place().region()));
        perScenario.merge(p.scenario(), 1, Integer::sum);
      }
    }
    return perScenario;
  }

  /**
   * fleet.jsonl in event-time order: slot by slot, and inside a slot by each device's fixed
   * check-in phase, so lines come out sorted without buffering.
   */
  private long[] writeReplay(Path file) throws IOException {
    int n = plan.devices();
    int interval = config.intervalSeconds();
    int[] phase = new int[n];
    long[] keys = new long[n];
    for (int d = 0; d < n; d++) {
      phase[d] = Rng.of(config.seed(), Rng.Salt.PHASE, d).nextInt(interval);
      keys[d] = ((long) phase[d] << 32) | d;
    }
    Arrays.sort(keys);
    long[] sequence = new long[n];
    Timeline timeline = new Timeline(config);
    SnapshotFactory factory = new SnapshotFactory(config.seed(), config.start(), Employers.itPeerIds(config.seed()));
    JsonFormat.Printer printer = JsonFormat.printer().omittingInsignificantWhitespace();
    long lines = 0;
    CountingWriter counter;
    try (Writer w = counter = new CountingWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (int slot = 0; slot < config.slots(); slot++) {
        Instant slotStart = config.start().plusSeconds((long) slot * interval);
        for (long key : keys) {
          int d = (int) key;
          DeviceProfile p = profiles.profile(d);
          Situation at = timeline.at(p, slot, slotStart.plusSeconds(phase[d]));
          if (at == null) {
            continue;
          }
          Snapshot snapshot = factory.build(p, at, slot, ++sequence[d]);
          w.write("{\"observedIp\":\"");
          w.write(at.observedIp());
          w.write("\",\"snapshot\":");
          printer.appendTo(snapshot, w);
          w.write("}\n");
          lines++;
        }
      }
    }
    return new long[] {lines, counter.count()};
  }

  /** Counts characters written (ASCII output: equals bytes). */
  private static final class CountingWriter extends java.io.FilterWriter {
    private long count;

    CountingWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      super.write(c);
      count++;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      super.write(buf, off, len);
      count += len;
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      super.write(str, off, len);
      count += len;
    }

    long count() {
      return count;
    }
  }
}
