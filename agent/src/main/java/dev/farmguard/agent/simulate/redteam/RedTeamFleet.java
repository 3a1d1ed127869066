package dev.farmguard.agent.simulate.redteam;

import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.catalog.CatalogStore;
import dev.farmguard.agent.simulate.Csv;
import dev.farmguard.agent.simulate.GeoIpCsvWriter;
import dev.farmguard.agent.simulate.Place;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the red-team fleet in the simulator's layout: fleet.jsonl (hourly check-ins in event-time order, none
 * while a laptop sleeps), labels.csv (with the scenario), roster.csv, groups.csv, geoip/ and
 * collector-config.yaml (only what a customer configures: the IT office and the sanctioned TeamViewer).
 */
public final class RedTeamFleet {

  /** What was written: laptops per scenario name, and check-ins. */
  public record Summary(int devices, long snapshots, Map<String, Integer> devicesPerScenario) {}

  private final long seed;
  private final int days;
  private final Instant start;
  private final World world;

  public RedTeamFleet(long seed, int devices, int days, Instant start) {
    this.seed = seed;
    this.days = days;
    this.start = start;
    this.world = FleetPlan.build(seed, devices, days);
  }

  public Summary write(Path out) throws IOException {
    Files.createDirectories(out);
    writeTables(out);
    writeConfig(out.resolve("collector-config.yaml"));
    long snapshots = writeReplay(out.resolve("fleet.jsonl"));
    GeoIpCsvWriter.write(out.resolve("geoip"), world.addresses.networks(), Cities.ALL.stream().toList());
    Map<String, Integer> perScenario = new LinkedHashMap<>();
    for (Laptop l : world.laptops) {
      perScenario.merge(l.scenario.cliName() + " (" + l.scenario.label() + ")", 1, Integer::sum);
    }
    return new Summary(world.laptops.size(), snapshots, perScenario);
  }

  private void writeTables(Path out) throws IOException {
    try (Writer labels = Files.newBufferedWriter(out.resolve("labels.csv"), StandardCharsets.UTF_8);
        Writer roster = Files.newBufferedWriter(out.resolve("roster.csv"), StandardCharsets.UTF_8);
        Writer groups = Files.newBufferedWriter(out.resolve("groups.csv"), StandardCharsets.UTF_8)) {
      labels.write("device_id,label,scenario\n");
      roster.write("device_id,employee_id,employee_name,email,country,region,city,latitude,longitude,timezone\n");
      groups.write("device_id,group,group_size,scenario,home_city,home_region\n");
      for (Laptop l : world.laptops) {
        Person p = l.person;
        Place claimed = p.rosterPlace();
        long size = world.laptops.stream().filter(o -> o.group == l.group).count();
        labels.write(Csv.row(l.deviceId, l.scenario.label(), l.scenario.cliName()));
        roster.write(Csv.row(l.deviceId, p.employeeId(), p.firstName() + " " + p.lastName(), p.email(),
            claimed.country(), claimed.region(), claimed.city(), claimed.latitude(), claimed.longitude(),
            claimed.zone()));
        groups.write(Csv.row(l.deviceId, "g" + l.group, size, l.scenario.cliName(), l.home.place().city(),
            l.home.place().region()));
      }
    }
  }

  private long writeReplay(Path file) throws IOException {
    CatalogMatcher catalog = CatalogMatcher.of(CatalogStore.bundled());
    CheckIns checkIns = new CheckIns(seed, start, catalog, world.relayIp);
    JsonFormat.Printer printer = JsonFormat.printer().omittingInsignificantWhitespace();
    int n = world.laptops.size();
    long[] sequence = new long[n];
    long lines = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int slot = 0; slot < days * 24; slot++) {
        for (Laptop l : world.laptops) {
          // each agent checks in at its own minute of the hour
          Instant at = start.plusSeconds(slot * 3600L + (l.index * 47L) % 3600);
          CheckIns.CheckIn c = checkIns.at(l, slot, at, sequence[l.index] + 1);
          if (c == null) {
            continue;
          }
          sequence[l.index]++;
          w.write("{\"observedIp\":\"" + c.observedIp() + "\",\"snapshot\":");
          printer.appendTo(c.snapshot(), w);
          w.write("}\n");
          lines++;
        }
      }
    }
    return lines;
  }

  private void writeConfig(Path file) throws IOException {
    Site office = world.itOffice;
    StringBuilder peers = new StringBuilder();
    for (String id : world.itPeerIds) {
      peers.append(peers.length() == 0 ? "" : ", ").append('"').append(id).append('"');
    }
    Files.writeString(file, """
        # Written by `farmguard-agent simulate --set redteam`: what this customer configures, nothing more.
        # The head office (IT sits there) and the remote-support tool IT runs, with IT's TeamViewer ids.
        detection:
          office-networks:
            - name: "hq-chicago"
              public-cidrs: ["%s/32"]
              gateway-macs: ["%s"]
              bssids: ["%s"]
          sanctioned-tools:
            - tool: teamviewer
              description: "IT helpdesk"
              peer-ids: [%s]
              source-networks: ["%s/32"]
        """.formatted(office.publicIps()[0], office.gatewayMac(), office.bssid(), peers, office.publicIps()[0]),
        StandardCharsets.UTF_8);
  }
}
