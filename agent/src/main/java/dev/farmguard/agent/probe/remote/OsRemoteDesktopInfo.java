package dev.farmguard.agent.probe.remote;

/**
 * A remote-desktop server built into (or packaged for) the OS.
 *
 * @param kind      "rdp", "vnc", "screen_sharing", "xrdp", "ssh"
 * @param enabled   enabled in configuration (e.g. systemd unit enabled, RDP allowed)
 * @param listening a socket listens on its port now
 * @param port      its port, 0 if unknown
 */
public record OsRemoteDesktopInfo(String kind, boolean enabled, boolean listening, int port) {
}
