package dev.farmguard.agent.probe.network;

import dev.farmguard.agent.probe.Probe;

/** Interfaces, default gateways with their MAC, DNS servers and VPN clients. Readers: {@link LinuxNetworkProbe}. */
public interface NetworkProbe extends Probe<NetworkInfo> {

    String FAMILY = "network";
}
