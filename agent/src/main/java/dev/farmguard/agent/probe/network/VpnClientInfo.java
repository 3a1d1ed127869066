package dev.farmguard.agent.probe.network;

/**
 * Evidence of a catalog VPN client.
 *
 * @param evidence what matched, prefixed by its kind: "path:/usr/local/Astrill", "process:asproxy",
 *                 "adapter:astrill0", "service:astrill-reconnect.service"
 * @param running  a process of this client is running
 */
public record VpnClientInfo(String matchedTool, String evidence, boolean running) {
}
