package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.simulate.Rng;

/**
 * Splits N laptops over the scenarios by weight and builds them group by group (a farm, an offsite, a
 * household). Groups are built in scenario order, so the same seed and size always give the same fleet.
 */
final class FleetPlan {

  private FleetPlan() {}

  static World build(long seed, int devices, int days) {
    if (devices < 60) {
      throw new IllegalArgumentException("--devices: the red-team set needs at least 60 laptops, got " + devices);
    }
    if (days < 2) {
      throw new IllegalArgumentException("--days: the red-team set needs at least 2 days, got " + days);
    }
    World world = new World(seed);
    FarmDesigns farms = new FarmDesigns(world);
    BenignDesigns benign = new BenignDesigns(world, days);
    double total = 0;
    for (RedTeamScenario s : RedTeamScenario.values()) {
      total += s.weight();
    }
    int group = 0;
    for (RedTeamScenario s : RedTeamScenario.values()) {
      int target = Math.max(s.minGroup(), (int) Math.round(devices * s.weight() / total));
      int maxGroup = s == RedTeamScenario.FARM_RESIDENCE_RMM
          ? Math.min(s.maxGroup(), Math.max(s.minGroup(), devices / 10)) : s.maxGroup();
      Rng r = Rng.of(seed, 3, s.ordinal());
      int built = 0;
      while (built < target) {
        int size = Math.min(maxGroup, s.minGroup() + r.nextInt(maxGroup - s.minGroup() + 1));
        if (s.minGroup() == s.maxGroup()) {
          size = s.minGroup();
        }
        size = Math.max(s.minGroup(), Math.min(size, target - built)); // stay near the asked size
        if (s.isFarm()) {
          farms.build(s, group, size);
        } else {
          benign.build(s, group, size);
        }
        built += size;
        group++;
      }
    }
    return world;
  }
}
