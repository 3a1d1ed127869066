package dev.farmguard.agent.simulate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import dev.farmguard.agent.simulate.redteam.RedTeamFleet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code farmguard-agent simulate}: writes a realistic simulated fleet (replay file, ground-truth
 * labels, roster, GeoIP data, collector config) for tests and the accuracy benchmark.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Writes a simulated fleet of laptops, farms among them, as a replay file with ground truth.",
        "Files in DIR: fleet.jsonl, labels.csv, roster.csv, groups.csv, geoip/, collector-config.yaml.",
        "Same options and seed give byte-identical files."})
public final class SimulateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--seed", required = true, description = "Seed of every random choice.")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
  Path out;

  @Option(names = "--devices", defaultValue = "200", description = "Number of laptops (default: ${DEFAULT-VALUE}).")
  int devices;

  @Option(names = "--days", defaultValue = "7", description = "Simulated days (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--interval-minutes", defaultValue = "60",
      description = "Minutes between check-ins of an awake laptop; must divide 1440 (default: ${DEFAULT-VALUE}).")
  int intervalMinutes;

  @Option(names = "--start", defaultValue = "2025-03-03T00:00:00Z",
      description = "Event time of the first check-in slot, ISO-8601 (default: ${DEFAULT-VALUE}).")
  String start;

  @Option(names = "--employers", defaultValue = "3",
      description = "Companies whose laptops report to the collector, 1.." + Employers.MAX + " (default: ${DEFAULT-VALUE}).")
  int employers;

  @Option(names = "--scenario-mix", paramLabel = "NAME=WEIGHT[,...]",
      description = "Share of devices per scenario; only the scenarios named get devices. Default: all, weighted "
          + "as listed by --list-scenarios.")
  String scenarioMix;

  @Option(names = "--set", defaultValue = "simulator", paramLabel = "simulator|redteam",
      description = "Which fleet: the tuned simulator's (default) or the independent red-team set of farms from public "
          + "reporting and benign look-alikes (docs/redteam.md; ignores --employers, --scenario-mix, --interval-minutes).")
  String set;

  @Option(names = "--list-scenarios", description = "Print the scenarios with their default weights and exit.")
  boolean listScenarios;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    if (listScenarios) {
      for (Scenario s : Scenario.values()) {
        stdout.printf(Locale.ROOT, "%-18s %-6s weight %4.1f  group %d..%d  %s%n", s.cliName(), s.label(),
            s.defaultWeight(), s.minGroup(), s.maxGroup(), s.description());
      }
      return 0;
    }
    if (set.equals("redteam")) {
      return redTeam(stdout);
    }
    if (!set.equals("simulator")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--set: expected simulator or redteam, got " + set);
    }
    SimulationConfig config;
    try {
      config = new SimulationConfig(seed, out, devices, days, intervalMinutes, Instant.parse(start),
          scenarioMix == null ? ScenarioMix.defaults() : ScenarioMix.parse(scenarioMix), employers);
      config.mix().allocate(devices); // reject mixes the fleet size cannot hold, before writing anything
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--start: not an ISO-8601 instant: " + start);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    FleetSimulator.Summary summary;
    try {
      summary = new FleetSimulator(config).run();
    } catch (IOException e) {
      spec.commandLine().getErr().println("simulate: cannot write " + out + ": " + e.getMessage());
      return 1;
    }
    stdout.printf(Locale.ROOT, "wrote %d devices, %d snapshots (%d MB) to %s%n", summary.devices(),
        summary.snapshots(), summary.bytes() >> 20, out);
    stdout.printf(Locale.ROOT, "farms: %d (largest %d laptops)%n", summary.farms(), summary.largestFarm());
    for (Map.Entry<Scenario, Integer> e : summary.devicesPerScenario().entrySet()) {
      stdout.printf(Locale.ROOT, "  %-18s %s %d%n", e.getKey().cliName(), e.getKey().label(), e.getValue());
    }
    return 0;
  }

  private int redTeam(PrintWriter stdout) {
    RedTeamFleet fleet;
    try {
      fleet = new RedTeamFleet(seed, devices, days, Instant.parse(start));
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--start: not an ISO-8601 instant: " + start);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    RedTeamFleet.Summary summary;
    try {
      summary = fleet.write(out);
    } catch (IOException e) {
      spec.commandLine().getErr().println("simulate: cannot write " + out + ": " + e.getMessage());
      return 1;
    }
    stdout.printf(Locale.ROOT, "wrote %d red-team devices, %d snapshots to %s%n", summary.devices(), summary.snapshots(),
        out);
    summary.devicesPerScenario().forEach((s, n) -> stdout.printf(Locale.ROOT, "  %-34s %d%n", s, n));
    return 0;
  }
}
