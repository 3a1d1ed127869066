package dev.farmguard.agent.simulate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the fleet is cut into groups (a single employee, housemates, or a farm) and which device
 * indices each group holds. Stored in primitive arrays (a few bytes per group) so 100,000+
 * devices cost a few MB; everything else about a device is recomputed from the seed.
 */
final class FleetPlan {

  private final int[] first;
  private final int[] size;
  private final byte[] scenario;
  private final short[] homePlace;
  private final int[] householdOrdinal;
  private final int devices;

  private FleetPlan(int[] first, int[] size, byte[] scenario, short[] homePlace, int[] householdOrdinal, int devices) {
    this.first = first;
    this.size = size;
    this.scenario = scenario;
    this.homePlace = homePlace;
    this.householdOrdinal = householdOrdinal;
    this.devices = devices;
  }

  static FleetPlan build(SimulationConfig config, List<Employers.Employer> employers) {
    Map<Scenario, Integer> counts = config.mix().allocate(config.devices());
    Rng rng = Rng.of(config.seed(), Rng.Salt.PLAN);
    int capacity = 16;
    int[] sizes = new int[capacity];
    byte[] kinds = new byte[capacity];
    int groups = 0;
    for (Scenario s : Scenario.values()) {
      int left = counts.getOrDefault(s, 0);
      while (left > 0) {
        int n = Math.min(left, groupSize(s, rng));
        if (left - n > 0 && left - n < s.minGroup()) { // never leave a remainder too small for a group
          n = n + (left - n) <= s.maxGroup() ? left : n - (s.minGroup() - (left - n));
        }
        if (groups == capacity) {
          capacity *= 2;
          sizes = Arrays.copyOf(sizes, capacity);
          kinds = Arrays.copyOf(kinds, capacity);
        }
        sizes[groups] = n;
        kinds[groups] = (byte) s.ordinal();
        groups++;
        left -= n;
      }
    }
    // shuffle groups so that device indices say nothing about scenarios
    int[] order = new int[groups];
    for (int i = 0; i < groups; i++) {
      order[i] = i;
    }
    for (int i = groups - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] first = new int[groups];
    int[] size = new int[groups];
    byte[] scenario = new byte[groups];
    short[] home = new short[groups];
    int[] ordinal = new int[groups];
    int[] perPlace = new int[Places.ALL.size()];
    int next = 0;
    for (int g = 0; g < groups; g++) {
      first[g] = next;
      size[g] = sizes[order[g]];
      scenario[g] = kinds[order[g]];
      Scenario s = Scenario.values()[scenario[g]];
      GroupTraits traits = GroupTraits.of(config.seed(), g, s, employers);
      home[g] = (short) traits.home().id();
      ordinal[g] = perPlace[traits.home().id()]++;
      next += size[g];
    }
    return new FleetPlan(first, size, scenario, home, ordinal, next);
  }

  /** Group sizes: farms mostly small, sometimes dozens, rarely up to 90. */
  private static int groupSize(Scenario s, Rng rng) {
    if (s == Scenario.HOUSEMATES) {
      return 2 + rng.weighted(0.75, 0.2, 0.05);
    }
    if (!s.isFarm()) {
      return 1;
    }
    return switch (rng.weighted(0.45, 0.30, 0.18, 0.07)) {
      case 0 -> rng.between(2, 5);
      case 1 -> rng.between(6, 15);
      case 2 -> rng.between(16, 40);
      default -> rng.between(41, 90);
    };
  }

  int devices() {
    return devices;
  }

  int groups() {
    return first.length;
  }

  /** The group holding a device index. */
  int groupOf(int device) {
    int i = Arrays.binarySearch(first, device);
    return i >= 0 ? i : -i - 2;
  }

  int first(int group) {
    return first[group];
  }

  int size(int group) {
    return size[group];
  }

  Scenario scenario(int group) {
    return Scenario.values()[scenario[group]];
  }

  Place home(int group) {
    return Places.ALL.get(homePlace[group]);
  }

  /** Unique per home city: picks the household's public address. */
  int householdOrdinal(int group) {
    return householdOrdinal[group];
  }
}
