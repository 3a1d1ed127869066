package dev.farmguard.agent.probe.network;

/**
 * The Wi-Fi network currently joined.
 *
 * @param ssid         network name, "" if hidden or unknown
 * @param bssid        access point MAC, lower-case colon hex, "" if unknown
 * @param signalDbm    signal in dBm, 0 if unknown
 * @param frequencyMhz channel frequency in MHz, 0 if unknown
 */
public record WifiInfo(String ssid, String bssid, int signalDbm, int frequencyMhz) {
}
