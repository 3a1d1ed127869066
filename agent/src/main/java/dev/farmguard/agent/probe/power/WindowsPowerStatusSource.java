package dev.farmguard.agent.probe.power;

import java.util.Optional;

/** {@code GetSystemPowerStatus}'s SYSTEM_POWER_STATUS bytes. Live: {@link JnaWindowsPowerStatus}. */
@FunctionalInterface
public interface WindowsPowerStatusSource {

    /** The 12 bytes, empty when the call failed. */
    Optional<byte[]> read();
}
