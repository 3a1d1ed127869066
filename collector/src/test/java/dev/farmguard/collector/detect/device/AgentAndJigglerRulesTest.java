package dev.farmguard.collector.detect.device;

import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.context;
import static dev.farmguard.collector.detect.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentAndJigglerRulesTest {

    private static List<String> agent(List<DeviceSnapshot> h) {
        return rules(new AgentHealthRule(CONFIG).evaluate(context(h, null)));
    }

    @Test
    void aLongSilenceAndDroppedSnapshots() {
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").series(4, Duration.ofHours(1),
                (i, b) -> b.at(b.build().collectedAt().plus(Duration.ofDays(i == 3 ? 5 : 0))).dropped(i == 3 ? 40 : 0));
        assertThat(agent(h)).containsExactly("agent.silence:low", "agent.dropped_snapshots:low");
        assertThat(agent(SnapshotBuilder.laptop("d1").series(4, Duration.ofHours(14), (i, b) -> { }))).isEmpty();
    }

    @Test
    void aProbeThatStopsWorkingIsATellAndOneThatNeverWorkedIsNot() {
        List<DeviceSnapshot> stopped = SnapshotBuilder.laptop("d1").series(20, Duration.ofHours(1),
                (i, b) -> {
                    if (i >= 8) {
                        b.probeError("remote_access");
                    }
                });
        assertThat(agent(stopped)).containsExactly("agent.probe_errors:low");
        List<DeviceSnapshot> never = SnapshotBuilder.laptop("d1").probeError("power").series(20, Duration.ofHours(1),
                (i, b) -> { });
        assertThat(agent(never)).isEmpty();
    }

    @Test
    void aJigglerProgramIsWeak() {
        DeviceSnapshot s = SnapshotBuilder.laptop("d1").process("MouseJiggler.exe",
                "C:\\Program Files\\Mouse Jiggler\\MouseJiggler.exe", "mouse-jiggler").build();
        assertThat(rules(new JigglerRule().evaluate(context(s)))).containsExactly("jiggler.software:low");
        assertThat(new JigglerRule().evaluate(context(SnapshotBuilder.laptop("d1").build()))).isEmpty();
    }
}
