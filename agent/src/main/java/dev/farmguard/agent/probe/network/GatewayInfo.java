package dev.farmguard.agent.probe.network;

/**
 * A default route's next hop.
 *
 * @param mac the gateway's MAC from the neighbour table (the home router's identity), "" if unknown
 */
public record GatewayInfo(String ip, String mac, String interfaceName) {
}
