package dev.farmguard.agent.probe.display;

import java.util.List;

/**
 * The monitors attached to the desktop of the agent's session, with the current mode of their output.
 * Live: {@link JnaDesktopTopology}. A service in session 0 has no interactive desktop; it may see none.
 */
@FunctionalInterface
public interface WindowsDesktopTopology {

    /**
     * @param interfacePath monitor interface path (EnumDisplayDevices with EDD_GET_DEVICE_INTERFACE_NAME)
     * @param active        DISPLAY_DEVICE_ACTIVE on the monitor and its adapter attached to the desktop
     * @param widthPx       current mode of the adapter output, 0 if unknown
     */
    record AttachedMonitor(String adapterName, String interfacePath, boolean active, int widthPx, int heightPx) {
    }

    List<AttachedMonitor> read();
}
