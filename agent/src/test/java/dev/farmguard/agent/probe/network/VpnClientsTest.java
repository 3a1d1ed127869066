package dev.farmguard.agent.probe.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VpnClientsTest {

    @Test
    void evidenceCountsAsRunningWhenAProcessOfTheClientRunsOrTheOsSaysTheServiceRuns() {
        VpnClients found = new VpnClients();
        found.process("astrill", "asproxy");
        found.install("astrill", "/usr/local/Astrill");
        found.install("wireguard", "/Applications/WireGuard.app");
        found.adapter("wireguard", "utun4");
        found.service("wireguard", "com.wireguard.macos", false);
        found.service("openvpn", "OpenVPNService", true);

        assertThat(found.list()).containsExactly(
                new VpnClientInfo("astrill", "process:asproxy", true),
                new VpnClientInfo("astrill", "path:/usr/local/Astrill", true),
                new VpnClientInfo("wireguard", "path:/Applications/WireGuard.app", false),
                new VpnClientInfo("wireguard", "adapter:utun4", false),
                new VpnClientInfo("wireguard", "service:com.wireguard.macos", false),
                new VpnClientInfo("openvpn", "service:OpenVPNService", true));
    }
}
