package dev.farmguard.agent.probe.input;

import dev.farmguard.agent.probe.Probe;

/** Time since the last local keyboard/mouse input. */
public interface InputProbe extends Probe<InputActivityInfo> {

    String FAMILY = "input";
}
