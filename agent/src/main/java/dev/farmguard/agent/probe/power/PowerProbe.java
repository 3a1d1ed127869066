package dev.farmguard.agent.probe.power;

import dev.farmguard.agent.probe.Probe;

/** Power source, battery charge and cycles, lid state. */
public interface PowerProbe extends Probe<PowerInfo> {

    String FAMILY = "power";
}
