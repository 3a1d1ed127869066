package dev.farmguard.agent.probe.windows;

import java.util.List;

/**
 * One Windows service as Win32_Service describes it.
 *
 * @param state     lower case: "running", "stopped", "start pending", ...
 * @param startMode lower case: "auto", "manual", "disabled", "boot", "system"
 * @param path      PathName: the binary with its arguments, as registered
 * @param pid       process id while running, else 0
 */
public record WindowsService(String name, String displayName, String state, String startMode, String path, int pid) {

    /** Names the catalog is matched against: the service name and its display name. */
    public List<String> names() {
        return displayName.isEmpty() || displayName.equals(name) ? List.of(name) : List.of(name, displayName);
    }

    public boolean running() {
        return state.equals("running");
    }
}
