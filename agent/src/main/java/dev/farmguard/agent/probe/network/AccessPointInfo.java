package dev.farmguard.agent.probe.network;

/**
 * An access point seen in the last scan.
 *
 * @param ssid         network name, "" if hidden
 * @param bssid        access point MAC, lower-case colon hex
 * @param signalDbm    signal in dBm, 0 if unknown
 * @param frequencyMhz channel frequency in MHz, 0 if unknown
 */
public record AccessPointInfo(String ssid, String bssid, int signalDbm, int frequencyMhz) {
}
