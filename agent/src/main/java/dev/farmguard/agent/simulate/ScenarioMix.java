package dev.farmguard.agent.simulate;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Relative weights of the scenarios, e.g. {@code ordinary-remote=80,housemates=5,farm-kvm=3}. Only
 * the scenarios named get devices. The weights are shares of devices, not of groups.
 */
final class ScenarioMix {

  private final EnumMap<Scenario, Double> weights;

  private ScenarioMix(EnumMap<Scenario, Double> weights) {
    this.weights = weights;
  }

  /** Every scenario at its default weight. */
  static ScenarioMix defaults() {
    EnumMap<Scenario, Double> w = new EnumMap<>(Scenario.class);
    for (Scenario s : Scenario.values()) {
      w.put(s, s.defaultWeight());
    }
    return new ScenarioMix(w);
  }

  /** Parses "name=weight,..."; the message of the exception names the bad part. */
  static ScenarioMix parse(String text) {
    EnumMap<Scenario, Double> w = new EnumMap<>(Scenario.class);
    for (String part : text.split(",")) {
      String item = part.trim();
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      String name = eq < 0 ? item : item.substring(0, eq).trim();
      Scenario scenario = Scenario.fromCliName(name);
      if (scenario == null) {
        throw new IllegalArgumentException("--scenario-mix: unknown scenario '" + name + "'; known: " + knownNames());
      }
      double weight;
      try {
        weight = eq < 0 ? scenario.defaultWeight() : Double.parseDouble(item.substring(eq + 1).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--scenario-mix: bad weight in '" + item + "'");
      }
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("--scenario-mix: weight must be a number >= 0 in '" + item + "'");
      }
      if (w.put(scenario, weight) != null) {
        throw new IllegalArgumentException("--scenario-mix: '" + name + "' given twice");
      }
    }
    if (w.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw new IllegalArgumentException("--scenario-mix: needs at least one scenario with a weight above 0");
    }
    return new ScenarioMix(w);
  }

  static String knownNames() {
    StringJoiner j = new StringJoiner(", ");
    for (Scenario s : Scenario.values()) {
      j.add(s.cliName());
    }
    return j.toString();
  }

  /**
   * Devices per scenario, summing to {@code devices} (largest remainder), adjusted so that a
   * scenario that gets devices gets at least its minimum group size (farms and housemates: 2).
   */
  Map<Scenario, Integer> allocate(int devices) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    EnumMap<Scenario, Integer> counts = new EnumMap<>(Scenario.class);
    EnumMap<Scenario, Double> remainders = new EnumMap<>(Scenario.class);
    int assigned = 0;
    for (Map.Entry<Scenario, Double> e : weights.entrySet()) {
      double exact = devices * e.getValue() / total;
      int floor = (int) Math.floor(exact);
      counts.put(e.getKey(), floor);
      remainders.put(e.getKey(), exact - floor);
      assigned += floor;
    }
    while (assigned < devices) {
      Scenario best = null;
      for (Scenario s : remainders.keySet()) {
        if (best == null || remainders.get(s) > remainders.get(best)) {
          best = s;
        }
      }
      counts.merge(best, 1, Integer::sum);
      remainders.put(best, -1.0);
      assigned++;
    }
    for (Scenario s : Scenario.values()) {
      Integer c = counts.get(s);
      if (c != null && c > 0 && c < s.minGroup()) {
        Scenario donor = largestDonor(counts, s, s.minGroup() - c);
        if (donor != null) {
          counts.merge(donor, -(s.minGroup() - c), Integer::sum);
          counts.put(s, s.minGroup());
        } else {
          Scenario receiver = largestDonor(counts, s, 0);
          if (receiver == null) {
            throw new IllegalArgumentException("--devices " + devices + " is too few for scenario " + s.cliName()
                + " (needs at least " + s.minGroup() + ")");
          }
          counts.merge(receiver, c, Integer::sum);
          counts.put(s, 0);
        }
      }
    }
    return counts;
  }

  private static Scenario largestDonor(Map<Scenario, Integer> counts, Scenario except, int take) {
    Scenario best = null;
    for (Map.Entry<Scenario, Integer> e : counts.entrySet()) {
      Scenario s = e.getKey();
      int left = e.getValue() - take;
      if (s != except && e.getValue() > 0 && left >= s.minGroup()
          && (best == null || e.getValue() > counts.get(best))) {
        best = s;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(",");
    weights.forEach((s, w) -> j.add(s.cliName() + "=" + String.format(Locale.ROOT, "%s", w)));
    return j.toString();
  }
}
