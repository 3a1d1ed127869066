package dev.farmguard.agent.probe.identity;

import dev.farmguard.agent.probe.Probe;

/** Hardware and OS identity of the device. Readers: {@link LinuxIdentityProbe}, {@link OshiIdentityProbe}. */
public interface IdentityProbe extends Probe<IdentityInfo> {

    /** Family name used in probe errors. */
    String FAMILY = "identity";
}
