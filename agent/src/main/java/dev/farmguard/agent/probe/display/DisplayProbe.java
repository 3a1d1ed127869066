package dev.farmguard.agent.probe.display;

import dev.farmguard.agent.probe.Probe;
import java.util.List;

/** Every display output the OS knows, connected or not. Readers: {@link LinuxDisplayProbe}. */
public interface DisplayProbe extends Probe<List<DisplayInfo>> {

    String FAMILY = "display";
}
