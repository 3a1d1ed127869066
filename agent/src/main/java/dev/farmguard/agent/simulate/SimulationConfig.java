package dev.farmguard.agent.simulate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What to simulate. Validated on construction; messages name the command-line option.
 *
 * @param seed seed of every random choice: same config and seed give byte-identical files
 * @param out output directory
 * @param devices fleet size
 * @param days simulated days
 * @param intervalMinutes minutes between two snapshots of an awake device
 * @param start event time of the first slot (never the wall clock)
 * @param mix scenario weights
 * @param employers how many companies' laptops report to the collector (1..6)
 */
record SimulationConfig(long seed, Path out, int devices, int days, int intervalMinutes, Instant start,
    ScenarioMix mix, int employers) {

  static final int MAX_DEVICES = 2_000_000;

  SimulationConfig {
    Objects.requireNonNull(out, "--out");
    Objects.requireNonNull(start, "--start");
    Objects.requireNonNull(mix, "--scenario-mix");
    if (devices < 1 || devices > MAX_DEVICES) {
      throw new IllegalArgumentException("--devices must be 1.." + MAX_DEVICES + ", was " + devices);
    }
    if (days < 1 || days > 90) {
      throw new IllegalArgumentException("--days must be 1..90, was " + days);
    }
    if (intervalMinutes < 5 || intervalMinutes > 1440 || 1440 % intervalMinutes != 0) {
      throw new IllegalArgumentException("--interval-minutes must divide a day and be 5..1440, was " + intervalMinutes);
    }
    if (employers < 1 || employers > Employers.MAX) {
      throw new IllegalArgumentException("--employers must be 1.." + Employers.MAX + ", was " + employers);
    }
  }

  int slots() {
    return days * (1440 / intervalMinutes);
  }

  int intervalSeconds() {
    return intervalMinutes * 60;
  }
}
