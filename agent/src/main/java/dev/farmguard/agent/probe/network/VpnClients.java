package dev.farmguard.agent.probe.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the evidence of catalog VPN clients the same way on every OS: each piece is one
 * {@link VpnClientInfo} whose evidence names its kind, and a client counts as running when one of its processes
 * does. Processes must therefore be added first.
 */
final class VpnClients {

    private final List<VpnClientInfo> found = new ArrayList<>();
    private final Set<String> running = new HashSet<>();

    void process(String toolId, String processName) {
        running.add(toolId);
        found.add(new VpnClientInfo(toolId, "process:" + processName, true));
    }

    void install(String toolId, String path) {
        found.add(new VpnClientInfo(toolId, "path:" + path, running.contains(toolId)));
    }

    void adapter(String toolId, String adapterName) {
        found.add(new VpnClientInfo(toolId, "adapter:" + adapterName, running.contains(toolId)));
    }

    /** @param serviceRunning the OS reports the service itself as running (Windows does) */
    void service(String toolId, String serviceName, boolean serviceRunning) {
        found.add(new VpnClientInfo(toolId, "service:" + serviceName, serviceRunning || running.contains(toolId)));
    }

    List<VpnClientInfo> list() {
        return new ArrayList<>(found);
    }
}
