package dev.farmguard.agent.probe.power;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.windows.CimJson;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.util.Optional;

/**
 * Windows power: mains/battery and charge from {@code GetSystemPowerStatus}, the battery's cycle count from
 * WMI {@code root\wmi BatteryCycleCount} (needs administrator rights; -1 otherwise or when the battery does
 * not report it). Windows exposes the lid only as a change notification to a window or service control
 * handler (GUID_LIDSWITCH_STATE_CHANGE), not as a state to read, so the lid is always UNKNOWN.
 */
public final class WindowsPowerProbe implements PowerProbe {

    static final String SCRIPT = """
            @(Get-CimInstance -Namespace root\\wmi -ClassName BatteryCycleCount -ErrorAction SilentlyContinue | Select-Object InstanceName, CycleCount) | ConvertTo-Json -Depth 3
            """;

    private final WindowsSystem system;
    private final WindowsPowerStatusSource status;

    public WindowsPowerProbe(WindowsSystem system, WindowsPowerStatusSource status) {
        this.system = system;
        this.status = status;
    }

    @Override
    public PowerInfo collect(ProbeWarnings warnings) throws Exception {
        byte[] raw = status.read().orElseThrow(() -> new ProbeException("GetSystemPowerStatus failed"));
        SystemPowerStatus.Status s = SystemPowerStatus.parse(raw);
        int cycles = s.hasBattery() ? cycleCount(warnings) : -1;
        return new PowerInfo(s.source(), s.hasBattery(), s.batteryPercent(), cycles, LidKind.UNKNOWN);
    }

    private int cycleCount(ProbeWarnings warnings) {
        try {
            return parseCycleCount(system.powerShellJson("battery-cycles", SCRIPT, false)).orElse(-1);
        } catch (ProbeException e) {
            warnings.warn("battery cycle count unknown: " + e.getMessage());
            return -1;
        }
    }

    /** The first battery's positive CycleCount (0 means the battery does not count). */
    static Optional<Integer> parseCycleCount(JsonNode rows) {
        for (JsonNode row : CimJson.items(rows)) {
            long cycles = CimJson.number(row, "CycleCount", 0);
            if (cycles > 0 && cycles < Integer.MAX_VALUE) {
                return Optional.of((int) cycles);
            }
        }
        return Optional.empty();
    }
}
