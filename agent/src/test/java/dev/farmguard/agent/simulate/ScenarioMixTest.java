package dev.farmguard.agent.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioMixTest {

  @Test
  void allocatesExactlyTheFleetSize() {
    for (int n : new int[] {1, 2, 7, 99, 100, 1_001, 100_000}) {
      Map<Scenario, Integer> counts = ScenarioMix.defaults().allocate(n);
      assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).as("n=" + n).isEqualTo(n);
      counts.forEach((s, c) -> assertThat(c == 0 || c >= s.minGroup()).as(s + "=" + c).isTrue());
    }
  }

  @Test
  void weightsAreSharesOfDevices() {
    Map<Scenario, Integer> counts = ScenarioMix.parse("ordinary-remote=3, farm-rmm=1").allocate(1000);
    assertThat(counts).containsOnly(Map.entry(Scenario.ORDINARY_REMOTE, 750), Map.entry(Scenario.FARM_RMM, 250));
  }

  @Test
  void aLoneFarmLaptopBorrowsOrIsDropped() {
    Map<Scenario, Integer> counts = ScenarioMix.parse("ordinary-remote=99,farm-kvm=1").allocate(100);
    assertThat(counts.get(Scenario.FARM_KVM)).isEqualTo(2);
    assertThat(counts.get(Scenario.ORDINARY_REMOTE)).isEqualTo(98);
  }

  @Test
  void rejectsBadMixes() {
    assertThatThrownBy(() -> ScenarioMix.parse("ordinary=1")).hasMessageContaining("unknown scenario 'ordinary'");
    assertThatThrownBy(() -> ScenarioMix.parse("farm-rmm=x")).hasMessageContaining("bad weight");
    assertThatThrownBy(() -> ScenarioMix.parse("farm-rmm=-1")).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> ScenarioMix.parse("farm-rmm=0")).hasMessageContaining("at least one");
    assertThatThrownBy(() -> ScenarioMix.parse("farm-rmm=1,farm-rmm=2")).hasMessageContaining("given twice");
  }
}
