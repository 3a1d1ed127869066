package dev.farmguard.agent.probe.display;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Windows display reader. Connected monitors and their output technology from WmiMonitorConnectionParams
 * (root\wmi); each one's EDID from {@code HKLM\SYSTEM\CurrentControlSet\Enum\<instance>\Device Parameters\EDID};
 * whether it is part of the desktop, and the current mode, from the desktop topology. Windows keeps
 * EDIDs of every monitor ever attached in the registry; only connected ones are reported. The connector
 * is the monitor's PnP instance id. When the agent's session has no desktop (a service in session 0),
 * "active" falls back to "connected" with a warning.
 */
public final class WindowsDisplayProbe implements DisplayProbe {

    static final String SCRIPT = """
            @(Get-CimInstance -Namespace root\\wmi -ClassName WmiMonitorConnectionParams -ErrorAction SilentlyContinue | Select-Object InstanceName, Active, VideoOutputTechnology) | ConvertTo-Json -Depth 3
            """;
    private static final String ENUM = "HKLM\\SYSTEM\\CurrentControlSet\\Enum\\";

    private final WindowsSystem system;
    private final WindowsDesktopTopology topology;

    public WindowsDisplayProbe(WindowsSystem system, WindowsDesktopTopology topology) {
        this.system = system;
        this.topology = topology;
    }

    @Override
    public List<DisplayInfo> collect(ProbeWarnings warnings) throws Exception {
        List<WindowsMonitors.Monitor> monitors =
                WindowsMonitors.parse(system.powerShellJson("displays", SCRIPT, false));
        Map<String, WindowsDesktopTopology.AttachedMonitor> attached = new HashMap<>();
        for (WindowsDesktopTopology.AttachedMonitor monitor : topology.read()) {
            WindowsMonitors.instanceIdOfInterface(monitor.interfacePath())
                    .ifPresent(id -> attached.merge(id, monitor, (a, b) -> a.active() ? a : b));
        }
        if (attached.isEmpty() && !monitors.isEmpty()) {
            warnings.warn("no desktop in the agent's session: displays reported active when connected, size unknown");
        }
        List<DisplayInfo> displays = new ArrayList<>();
        for (WindowsMonitors.Monitor monitor : monitors) {
            byte[] edid = system.registry().binary(ENUM + monitor.instanceId() + "\\Device Parameters", "EDID");
            if (edid.length == 0) {
                warnings.warn("no EDID in the registry for " + monitor.instanceId());
            }
            WindowsDesktopTopology.AttachedMonitor desktop = attached.get(monitor.instanceId().toUpperCase(Locale.ROOT));
            boolean active = attached.isEmpty() || desktop != null && desktop.active();
            displays.add(new DisplayInfo(edid, monitor.instanceId(), WindowsMonitors.kind(monitor.videoOutputTechnology()),
                    true, active, desktop == null ? 0 : desktop.widthPx(), desktop == null ? 0 : desktop.heightPx()));
        }
        return displays;
    }
}
