package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.simulate.Place;

/**
 * A network a laptop can sit on: where it is, whose AS carries it, the address the collector sees, and the
 * router and access point the laptop sees (the co-location evidence a VPN does not hide).
 *
 * @param publicIps the address the collector sees; more than one for carrier-grade NAT (one per check-in,
 *                  drawn from the pool every subscriber shares)
 * @param gatewayIp the default gateway's private address
 * @param wired     the laptop reaches it over Ethernet (a dock), else Wi-Fi
 */
record Site(String kind, Place place, Isp isp, String[] publicIps, String gatewayIp, String gatewayMac, String ssid,
    String bssid, String lanPrefix, boolean wired) {

  String publicIp(long pick) {
    return publicIps[(int) Math.floorMod(pick, (long) publicIps.length)];
  }
}
