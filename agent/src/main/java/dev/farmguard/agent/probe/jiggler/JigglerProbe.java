package dev.farmguard.agent.probe.jiggler;

import dev.farmguard.agent.probe.Probe;
import java.util.List;

/** Software jigglers (catalog processes and install paths) and hardware jigglers (catalog USB ids). */
public interface JigglerProbe extends Probe<List<JigglerInfo>> {

    String FAMILY = "jigglers";
}
